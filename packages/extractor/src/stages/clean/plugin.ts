// Stage 1, cleaning: marks (never deletes) boilerplate, teasers and repeated captions, so offsets stay valid.
import { defineStage } from "../../pipeline/stage";
import { findBoilerplate } from "./boilerplate";

export const cleanStage = defineStage({
  name: "clean",
  requires: [],
  run: (doc) => ({ spans: findBoilerplate(doc.text, doc.paragraphs) }),
});
