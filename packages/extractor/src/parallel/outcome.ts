// One article's extraction, as a value that crosses a worker boundary: the delta, or why it failed.
// A failing article is reported and the others still go through.
import type { GraphDelta } from "@newsgraph/graph-model";
import type { ArticleInput } from "../article";
import { extractArticle } from "../extract";

export type ExtractOutcome =
  | { ok: true; article: string; delta: GraphDelta }
  | { ok: false; article: string; error: string; stack?: string };

export function extractOutcome(article: ArticleInput): ExtractOutcome {
  try {
    return { ok: true, article: article.id, delta: extractArticle(article) };
  } catch (error) {
    const e = error as Error;
    return { ok: false, article: article.id, error: e?.message ?? String(error), stack: e?.stack };
  }
}
