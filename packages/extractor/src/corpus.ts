// @newsgraph/extractor/corpus: what a build's main thread needs around extraction (reading articles, running
// extraction here or in workers, resolving actors across articles) without loading the extraction stages and
// their lexicons, which only the thread that extracts pays for.
export type { ArticleInput } from "./article";
export { ingest, compareSkipped, INPUT_EXTENSIONS, DEFAULT_MAX_BYTES, type IngestOptions, type IngestResult, type IngestWarning, type Skipped } from "./ingest";
export { ActorIndex, resolveActors, rewriteActors, splitDelta, type ActorName, type ActorTarget, type SplitDelta } from "./resolve";
export { extractArticles, extractStream, type ExtractArticlesOptions, type ExtractOutcome, type SplitOutcome, type TaskName } from "./parallel";
