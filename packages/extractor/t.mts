import { readFileSync } from "node:fs";
import { segment } from "./src/document/segment";
import { findTriggers } from "./src/stages/events/detect";
import { anchorsOf, objectAnchors } from "./src/stages/events/anchors";
import { findEventPlaces } from "./src/stages/events/places";
import { findTime } from "./src/stages/events/time";
const text = readFileSync("/work/main/corpus/seeds/001_fb9d13d9a774a7f3.txt", "utf8");
const { sentences } = segment(text);
for (const m of findTriggers(text, sentences)) {
  if (![1, 6, 7, 13, 15, 17].includes(m.sentence)) continue;
  console.log(m.sentence, m.eventType, m.text, m.backReference, m.possessive, m.headline, [...anchorsOf(text, m.clause), ...objectAnchors(text, m.clause)].join(","), "|", findEventPlaces(text, m.clause, m).map(p => p.name + "/" + p.placeType).join(","), "|", findTime(text, m.clause)?.text);
}
