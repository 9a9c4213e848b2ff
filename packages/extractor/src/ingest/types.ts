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

/** A value from an input as a message shows it: whole when short, else a prefix and its length, so that a
 * 20,000-character field is never echoed whole. */
export function shortValue(value: string, max = 40): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max).join("")}… (${chars.length} characters)`;
}
