// One article's extraction, as a value that crosses a worker boundary: the delta, or why it failed.
// A failing article is reported and the others still go through.
import type { ActorAttributes, GraphDelta } from "@newsgraph/graph-model";
import type { ActorName } from "../resolve/actor-index";
import type { ArticleInput } from "../article";
import { extractArticle } from "../extract";
import { splitDelta } from "../resolve/cross-article";

export type ExtractOutcome =
  | { ok: true; article: string; delta: GraphDelta }
  | { ok: false; article: string; error: string; stack?: string };

/**
 * What a build needs of one article, compact for the trip between threads: strings are copied as one block,
 * where a delta's many small objects would be cloned one by one. `rest` (everything that names no actor) goes
 * into the graph at once; `actors` waits for cross-article resolution.
 */
export type SplitOutcome =
  | { ok: true; article: string; rest: string; actors: string; actorNames: string; nodes: Record<string, number> }
  | { ok: false; article: string; error: string; stack?: string };

function failure(article: ArticleInput, error: unknown): { ok: false; article: string; error: string; stack?: string } {
  const e = error as Error;
  return { ok: false, article: article?.id, error: e?.message ?? String(error), stack: e?.stack };
}

export function extractOutcome(article: ArticleInput): ExtractOutcome {
  try {
    return { ok: true, article: article.id, delta: extractArticle(article) };
  } catch (error) {
    return failure(article, error);
  }
}

export function extractSplit(article: ArticleInput): SplitOutcome {
  try {
    const delta = extractArticle(article);
    const nodes: Record<string, number> = {};
    for (const node of delta.nodes) nodes[node.attributes.type] = (nodes[node.attributes.type] ?? 0) + 1;
    const { rest, actors } = splitDelta(delta);
    // What resolution needs of each actor, apart from the rest of the actor part, which waits whole.
    const names: [string, ActorName][] = actors.nodes.map((n) => {
      const { name, actorType, aliases } = n.attributes as ActorAttributes;
      return [n.id, { name, actorType, aliases }];
    });
    return { ok: true, article: article.id, rest: JSON.stringify(rest), actors: JSON.stringify(actors), actorNames: JSON.stringify(names), nodes };
  } catch (error) {
    return failure(article, error);
  }
}

export const TASKS = { extractOutcome, extractSplit } as const;
export type TaskName = keyof typeof TASKS;
