// Extraction of many articles, in this thread or in worker threads.
export { extractArticles, type ExtractArticlesOptions } from "./extract-articles";
export type { ExtractOutcome } from "./outcome";
