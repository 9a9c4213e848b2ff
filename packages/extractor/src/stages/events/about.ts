// ABOUT edges from the statements that mention an event or agreement: a statement is about what is named
// inside its words ("the deal ... won't be restored", said Putin).
import type { DeltaBuilder } from "@newsgraph/graph-model";
import type { Document, Span } from "../../document/types";
import "../statements/types";

/** Links every statement whose words contain one of `mentions` to `target`; provenance is the mention. */
export function addAboutEdges(doc: Document, delta: DeltaBuilder, target: string, mentions: readonly Span[]): void {
  const article = doc.article.id;
  for (const statement of doc.get("statements").statements) {
    if (!delta.hasNode(statement.id)) continue;
    const inside = mentions.filter((m) => m.start >= statement.start && m.end <= statement.end);
    if (!inside.length) continue;
    delta.addEdge(statement.id, target, { type: "ABOUT", provenance: inside.map((m) => ({ article, start: m.start, end: m.end })) });
  }
}
