// Files, folders and jsonl to ArticleInputs. Bad input never throws: every file or line that is not
// read becomes a `skipped` entry with the reason, and the rest is read.
import { extname } from "node:path";
import type { ArticleInput } from "../article";
import { normalizeDate } from "./dates";
import { decodeArticleBytes, formatBytes } from "./decode";
import { splitFrontMatter } from "./front-matter";
import { looksLikeHtml, readHtmlPage } from "./html";
import { parseJsonlLine, readLines } from "./jsonl";
import { openRegularFile } from "./open";
import { DEFAULT_MAX_BYTES, shortValue, type IngestOptions, type IngestResult, type IngestWarning, type Skipped } from "./types";
import { byCodeUnit, listInputFiles, type InputFile } from "./walk";

/** The extensions read, and how. */
export const INPUT_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".jsonl"] as const;

/** Where the readers put what they find; duplicate ids and dates are dealt with here, once. */
interface Sink {
  add(article: ArticleInput): void;
  skip(path: string, reason: string): void;
  warn(origin: string, message: string): void;
  setPublished(article: ArticleInput, raw: string): void;
}

export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { files, skipped } = listInputFiles(inputs);
  return readListed(files, options, skipped);
}

/** Reads files listed earlier (by listInputFiles): each may have changed since, and is checked again. */
export async function readListed(files: readonly InputFile[], options: IngestOptions = {}, skipped: Skipped[] = []): Promise<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const warnings: IngestWarning[] = [];
  const byId = new Map<string, ArticleInput>();
  const sink: Sink = {
    add(article) {
      const first = byId.get(article.id);
      if (first) sink.skip(article.origin, `duplicate article id ${shortValue(article.id)} (already read from ${first.origin})`);
      else byId.set(article.id, article);
    },
    skip: (path, reason) => skipped.push({ path, reason }),
    warn: (origin, message) => warnings.push({ origin, message }),
    setPublished(article, raw) {
      const date = normalizeDate(raw);
      if (date) article.published = date;
      else sink.warn(article.origin, `published date "${shortValue(raw)}" is not a full calendar date; left out`);
    },
  };
  for (const file of files) await readInputFile(file, maxBytes, sink);
  return {
    articles: [...byId.values()].sort((a, b) => byCodeUnit(a.id, b.id)),
    skipped: skipped.sort(compareSkipped),
    warnings,
  };
}

/** Splits "feed.jsonl:12" into the file and the line, so that line 2 comes before line 10. */
function location(path: string): [string, number] {
  const line = /^(.*):(\d+)$/.exec(path);
  return line ? [line[1]!, Number(line[2])] : [path, 0];
}

/** Orders skipped entries by file, then by jsonl line. */
export function compareSkipped(a: Skipped, b: Skipped): number {
  const [fa, la] = location(a.path), [fb, lb] = location(b.path);
  return byCodeUnit(fa, fb) || la - lb || byCodeUnit(a.reason, b.reason);
}

async function readInputFile(file: InputFile, maxBytes: number, sink: Sink): Promise<void> {
  const extension = extname(file.path).toLowerCase();
  if (!(INPUT_EXTENSIONS as readonly string[]).includes(extension)) {
    sink.skip(file.path, `unknown extension ${extension ? `"${shortValue(extension)}"` : "(none)"}; newsgraph reads ${INPUT_EXTENSIONS.join(", ")}`);
    return;
  }
  if (extension === ".jsonl") return readJsonl(file.path, maxBytes, sink);
  // The file was a regular file when listed; opened without blocking and checked again, so that one replaced
  // by a FIFO (or a device) in between is skipped instead of hanging the build.
  const opened = await openRegularFile(file.path);
  if (!opened.ok) return sink.skip(file.path, opened.reason);
  let bytes: Buffer;
  try {
    const size = (await opened.handle.stat()).size;
    if (size > maxBytes) return sink.skip(file.path, `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} size limit`);
    bytes = await opened.handle.readFile();
  } catch (error) {
    return sink.skip(file.path, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    await opened.handle.close();
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) {
    sink.skip(file.path, decoded.reason);
    return;
  }
  if (extension === ".md") return readMarkdown(file.id, file.path, decoded.text, sink);
  if (extension === ".txt" && !looksLikeHtml(decoded.text)) return sink.add({ id: file.id, text: decoded.text, origin: file.path });
  if (extension === ".txt") sink.warn(file.path, "is an HTML page, not plain text: read as a saved web page (name it .html to say so)");
  readHtml(file.id, file.path, decoded.text, sink);
}

function readHtml(id: string, path: string, html: string, sink: Sink): void {
  const page = readHtmlPage(html);
  if (!page.text.trim()) return sink.skip(path, "HTML page with no article text");
  const article: ArticleInput = { id, text: page.text, origin: path };
  if (page.title) article.title = page.title;
  if (page.byline) article.byline = page.byline;
  if (page.siteName) article.source = page.siteName;
  if (page.published) sink.setPublished(article, page.published);
  sink.add(article);
}

function readMarkdown(id: string, path: string, fileText: string, sink: Sink): void {
  const front = splitFrontMatter(fileText);
  if (front.problem) sink.warn(path, front.problem);
  if (!front.text.slice(front.bodyStart).trim()) {
    sink.skip(path, "no article text after the front matter");
    return;
  }
  const article: ArticleInput = { id, text: front.text, origin: path };
  const { title, source, url } = front.fields;
  if (title) article.title = title;
  if (source) article.source = source;
  if (url) article.url = url;
  const published = front.fields.published ?? front.fields.date;
  if (published) sink.setPublished(article, published);
  sink.add(article);
}

async function readJsonl(path: string, maxBytes: number, sink: Sink): Promise<void> {
  let read = 0, bad = 0;
  try {
    for await (const line of readLines(path, maxBytes)) {
      const origin = `${path}:${line.line}`;
      const parsed = parseJsonlLine(line, origin, maxBytes);
      if (parsed.ok === "blank") continue;
      if (!parsed.ok) {
        sink.skip(origin, parsed.reason);
        bad++;
        continue;
      }
      if (parsed.published !== undefined) sink.setPublished(parsed.article, parsed.published);
      sink.add(parsed.article);
      read++;
    }
  } catch (error) {
    sink.skip(path, (error as { reason?: string }).reason ?? `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return;
  }
  if (read === 0 && bad === 0) sink.skip(path, "empty file (no jsonl lines)");
}
