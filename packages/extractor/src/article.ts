// What ingestion hands to the extractor: one article's text, exactly as read, and what is known about it.
export interface ArticleInput {
  /** The article id: the file name, or the `id` of a jsonl line. Provenance points at it. */
  id: string;
  /** The text as read by Node (readFileSync(path, "utf8")); offsets everywhere are indexes into it. */
  text: string;
  title?: string;
  /** The author line of a saved web page. */
  byline?: string;
  source?: string;
  url?: string;
  /** Publication date, YYYY-MM-DD, where known. */
  published?: string;
  /** Where it came from, for messages: a path, or path:line for jsonl. */
  origin: string;
}
