// Ingestion: files, folders and jsonl in; ArticleInputs and a list of what was skipped and why out.
export { ingest, compareSkipped, INPUT_EXTENSIONS } from "./ingest";
export { DEFAULT_MAX_BYTES, type IngestOptions, type IngestResult, type IngestWarning, type Skipped } from "./types";
export { normalizeDate } from "./dates";
export { splitFrontMatter, type FrontMatter } from "./front-matter";
