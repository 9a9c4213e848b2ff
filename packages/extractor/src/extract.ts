// The extractor's entry point: one article to one GraphDelta.
import type { GraphDelta } from "@newsgraph/graph-model";
import type { ArticleInput } from "./article";
import { createPipeline } from "./pipeline/pipeline";
import { emitArticle } from "./stages/article/plugin";
import { STAGES } from "./stages";

export const pipeline = createPipeline(STAGES, emitArticle);

/** Extracts one article: pure and deterministic, so it can run in any worker. */
export function extractArticle(article: ArticleInput): GraphDelta {
  return pipeline.extract(article);
}

