// @newsgraph/extractor: articles in, typed graph deltas out.
export type { ArticleInput } from "./article";
export type { Document, Sentence, Paragraph, Span, Annotations } from "./document/types";
export { segment } from "./document/segment";
export { createPipeline, checkStageOrder, PipelineOrderError, type Pipeline } from "./pipeline/pipeline";
export { defineStage, type Stage } from "./pipeline/stage";
export { extractArticle, resolveAcrossArticles, pipeline } from "./extract";
