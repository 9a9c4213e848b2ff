// Stage 5, agreements: treaties, accords, deals, pacts, ceasefires and memoranda, with parties, signatories,
// mediators and the status the verbs give them (proposed ... ratified, suspended, not restored, ruled out).
import { actorId, agreementId, articleNodeId, type DeltaBuilder, type Provenance } from "@newsgraph/graph-model";
import type { Document, Span } from "../../document/types";
import { defineStage } from "../../pipeline/stage";
import { addAboutEdges } from "../events/about";
import { excludedSpans } from "../events/text";
import { extractAgreements } from "./extract-agreements";
import type { AgreementsAnnotation } from "./types";

export const agreementsStage = defineStage({
  name: "agreements",
  requires: ["clean", "actors", "statements"],
  run(doc): AgreementsAnnotation {
    const { actors, mentions } = doc.get("actors");
    return {
      agreements: extractAgreements({
        text: doc.text,
        sentences: doc.sentences,
        skip: excludedSpans(doc),
        actors,
        actorMentions: mentions,
        article: doc.article.id,
        ...(doc.article.published ? { published: doc.article.published } : {}),
      }),
    };
  },
  emit(doc, delta) {
    emitAgreements(doc, delta, doc.get("agreements"));
  },
});

const spanOf = (article: string, s: Span): Provenance => ({ article, start: s.start, end: s.end });

export function emitAgreements(doc: Document, delta: DeltaBuilder, annotation: AgreementsAnnotation): void {
  const article = doc.article.id;
  const actorIds = new Map(doc.get("actors").actors.map((a) => [a.key, actorId(a.name)]));
  for (const agreement of annotation.agreements) {
    const id = agreementId(agreement.name);
    const provenance = agreement.mentions.map((m) => spanOf(article, m.clause));
    delta.addNode(id, {
      type: "Agreement",
      name: agreement.name,
      agreementType: agreement.agreementType,
      status: agreement.status,
      ...(agreement.statusHistory.length ? { statusHistory: agreement.statusHistory } : {}),
      provenance,
    });
    delta.addEdge(id, articleNodeId(article), { type: "REPORTED_IN", provenance });
    addAboutEdges(doc, delta, id, agreement.mentions);
    for (const party of agreement.parties) {
      const aid = actorIds.get(party.actor);
      if (!aid || !delta.hasNode(aid)) continue;
      delta.addEdge(aid, id, { type: "PARTY_TO", role: party.role, provenance: [spanOf(article, party)] });
    }
  }
}
