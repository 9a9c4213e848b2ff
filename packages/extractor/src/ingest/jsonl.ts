// JSON Lines: one article per line, `{"id", "text", "title"?, "url"?, "source"?, "published"?}`.
// Lines are read as bytes and decoded one by one, so that a bad line (invalid UTF-8, broken JSON, a
// missing field, too long) is reported as file:line and every other line is still read.
import type { ArticleInput } from "../article";
import { decodeArticleBytes, formatBytes } from "./decode";
import { openRegularFile } from "./open";
import { shortValue } from "./types";

export interface JsonlLine {
  /** 1-based. */
  line: number;
  bytes: Buffer;
  /** Set when the line was longer than the limit (its bytes are then dropped). */
  tooLong?: number;
}

/** The lines of a file, each as bytes without its line break; memory stays bounded by maxBytes. */
export async function* readLines(path: string, maxBytes: number): AsyncGenerator<JsonlLine> {
  const opened = await openRegularFile(path);
  if (!opened.ok) throw Object.assign(new Error(opened.reason), { reason: opened.reason });
  let parts: Buffer[] = [];
  let length = 0;
  let line = 1;
  const finish = (): JsonlLine => {
    const out: JsonlLine = length > maxBytes ? { line, bytes: Buffer.alloc(0), tooLong: length } : { line, bytes: Buffer.concat(parts) };
    parts = [];
    length = 0;
    line++;
    return out;
  };
  for await (const chunk of opened.handle.createReadStream() as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      append(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    append(chunk.subarray(from));
  }
  if (length > 0) yield finish();

  function append(piece: Buffer) {
    length += piece.length;
    if (length <= maxBytes) parts.push(piece);
    else parts = [];
  }
}

export type JsonlArticle = { ok: true; article: ArticleInput; published?: string } | { ok: false; reason: string } | { ok: "blank" };

const OPTIONAL_FIELDS = ["title", "url", "source", "published", "date"] as const;

/** One line to an article, or the reason it is not one. `published` is returned raw, for the caller to normalize. */
export function parseJsonlLine(line: JsonlLine, origin: string, maxBytes: number): JsonlArticle {
  if (line.tooLong !== undefined) return { ok: false, reason: `line is ${formatBytes(line.tooLong)}, over the ${formatBytes(maxBytes)} size limit` };
  let bytes = line.bytes;
  if (bytes.at(-1) === 13) bytes = bytes.subarray(0, -1);
  if (!bytes.some((b) => b !== 32 && b !== 9)) return { ok: "blank" };
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason.replace("file", "line") };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { ok: false, reason: "not a JSON object" };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === "number" && Number.isInteger(record.id) ? String(record.id) : record.id;
  if (typeof id !== "string" || !id.trim()) return { ok: false, reason: 'missing "id" (a non-empty string)' };
  if (typeof record.text !== "string" || !record.text.trim()) return { ok: false, reason: `article ${shortValue(id)}: missing "text" (a non-empty string)` };
  for (const field of OPTIONAL_FIELDS) {
    if (record[field] !== undefined && record[field] !== null && typeof record[field] !== "string") {
      return { ok: false, reason: `article ${shortValue(id)}: "${field}" must be a string` };
    }
  }
  const text = (key: string) => (typeof record[key] === "string" && (record[key] as string).trim() ? (record[key] as string).trim() : undefined);
  const article: ArticleInput = { id, text: record.text, origin };
  for (const key of ["title", "url", "source"] as const) {
    const v = text(key);
    if (v !== undefined) article[key] = v;
  }
  const published = text("published") ?? text("date");
  return published === undefined ? { ok: true, article } : { ok: true, article, published };
}
