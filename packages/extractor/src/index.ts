// @newsgraph/extractor: articles in, typed graph deltas out.
export type { ArticleInput } from "./article";
export type { Document, Sentence, Paragraph, Span, Annotations } from "./document/types";
export { segment } from "./document/segment";
export { createPipeline, checkStageOrder, PipelineOrderError, type Pipeline } from "./pipeline/pipeline";
export { defineStage, type Stage } from "./pipeline/stage";
export { extractArticle, pipeline } from "./extract";
export { ActorIndex, resolveActors, rewriteActors, splitDelta, type ActorName, type ActorTarget, type SplitDelta } from "./resolve";
export { ingest, compareSkipped, INPUT_EXTENSIONS, DEFAULT_MAX_BYTES, normalizeDate, splitFrontMatter, type IngestOptions, type IngestResult, type IngestWarning, type Skipped } from "./ingest";
export { extractArticles, extractStream, type ExtractArticlesOptions, type ExtractOutcome, type SplitOutcome, type TaskName } from "./parallel";
