// Extraction of many articles, in this thread or in worker threads.
export { extractArticles, extractStream, type ExtractArticlesOptions } from "./extract-articles";
export type { ExtractOutcome, SplitOutcome, TaskName } from "./outcome";
