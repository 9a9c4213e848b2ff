// ABOUT edges from the statements that mention an event or agreement: a statement is about what is named
// inside its words ("the deal ... won't be restored", said Putin).
import type { DeltaBuilder } from "@newsgraph/graph-model";
import type { Document, Span } from "../../document/types";
import type { ArticleStatement } from "../statements/types";
import { SpanIndex } from "./span-index";

/** Links every statement whose words contain one of `mentions` to `target`; provenance is the mention. */
export function addAboutEdges(doc: Document, delta: DeltaBuilder, target: string, mentions: readonly Span[]): void {
  const article = doc.article.id;
  const statements = doc.get("statements").statements;
  const index = statementIndex(statements);
  // The mentions inside each statement, in the order of the statements and of the mentions.
  const inside = new Map<number, Span[]>();
  for (const m of mentions) {
    for (const at of index.containingOrders(m)) {
      const list = inside.get(at);
      if (list) list.push(m);
      else inside.set(at, [m]);
    }
  }
  for (const at of [...inside.keys()].sort((a, b) => a - b)) {
    const statement = statements[at]!;
    if (!delta.hasNode(statement.id)) continue;
    delta.addEdge(statement.id, target, { type: "ABOUT", provenance: inside.get(at)!.map((m) => ({ article, start: m.start, end: m.end })) });
  }
}

// Every event and agreement of an article asks about the same statements: they are indexed once.
const indexes = new WeakMap<readonly ArticleStatement[], SpanIndex<ArticleStatement>>();

function statementIndex(statements: readonly ArticleStatement[]): SpanIndex<ArticleStatement> {
  let index = indexes.get(statements);
  if (!index) indexes.set(statements, (index = new SpanIndex(statements)));
  return index;
}
