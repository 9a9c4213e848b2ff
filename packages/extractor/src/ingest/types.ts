// What ingestion reports: the articles it read, and every input it could not use, with the reason.
import type { ArticleInput } from "../article";

/** An input (a file, a folder entry or a jsonl line) that was not read as an article. */
export interface Skipped {
  /** The path as given (or found in a folder), or path:line for a jsonl line. */
  path: string;
  reason: string;
}

/** Something read but not fully understood; the article is kept. */
export interface IngestWarning {
  origin: string;
  message: string;
}

export interface IngestOptions {
  /** Files (and jsonl lines) over this many bytes are skipped. Default: 20 MB. */
  maxBytes?: number;
}

export interface IngestResult {
  /** Sorted by article id. */
  articles: ArticleInput[];
  /** Sorted by path. */
  skipped: Skipped[];
  warnings: IngestWarning[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** How a value from an input is quoted in a message: a short prefix, so that a 20,000-character field is not echoed whole. */
export function quoteValue(value: string, max = 40): string {
  const chars = [...value];
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join("")}…` : value) + (chars.length > max ? ` (${chars.length} characters)` : "");
}
