// Quotations as offsets: curly double (“…”), straight double ("…") and single (‘…’ or '…') quotes, the
// last told apart from apostrophes by what stands on either side. A quote left open at the end of a
// paragraph runs to the paragraph's end, as wire copy does for quotes that continue.
import type { Span } from "./types";
import { countWork } from "./work";

export interface Quote extends Span {
  /** Offset of the opening mark; `start` is just after it. */
  open: number;
  /** Offset of the closing mark (or the paragraph end when the quote is left open). */
  close: number;
  mark: "double" | "single";
}

const OPEN_SINGLE = /[‘']/;
const CLOSE_SINGLE = /[’']/;
const BEFORE_OPEN = /[\s(\[—–\-:;,]/u;
const AFTER_CLOSE = /[\s,.;:!?)\]—–\-]/u;

export function findQuotes(text: string, start: number, end: number): Quote[] {
  const doubles = findDoubles(text, start, end);
  const singles = findSingles(text, start, end, doubles);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

function findDoubles(text: string, start: number, end: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  countWork(end - start);
  // Two apostrophes stand for a double quote in some archives' plain text (''like this''): a two-character mark.
  let width = 1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    const pair = c === "'" && text[i + 1] === "'" && i + 1 < end;
    if (c === "“" || ((c === '"' || pair) && open < 0)) {
      if (open < 0) {
        open = i;
        width = pair ? 2 : 1;
      }
      if (pair) i++;
      continue;
    }
    if ((c === "”" || c === '"' || pair) && open >= 0) {
      out.push({ open, close: pair ? i + 1 : i, start: open + width, end: i, mark: "double" });
      open = -1;
      if (pair) i++;
    }
  }
  if (open >= 0 && end - open > width) out.push({ open, close: end, start: open + width, end, mark: "double" });
  return out;
}

const CLOSE_BEFORE = /[\p{L}\p{N}.,!?)\]…]/u;
const OPEN_AFTER = /[\p{L}\p{N}\[(….]/u;

function findSingles(text: string, start: number, end: number, doubles: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  // Doubles are sorted and disjoint: one pointer walks them as i grows, so "inside a double" costs O(1).
  let d = 0;
  const closes = laterCloses(text, start, end);
  let open = -1;
  for (let i = start; i < end; i++) {
    while (d < doubles.length && doubles[d]!.close < i) d++;
    if (d < doubles.length && doubles[d]!.open <= i) {
      i = doubles[d]!.close;
      continue;
    }
    const c = text[i]!;
    if (c !== "‘" && c !== "’" && c !== "'") continue;
    countWork(1);
    const before = i > start ? text[i - 1]! : " ";
    const after = i + 1 < end ? text[i + 1]! : " ";
    if (open < 0 && OPEN_SINGLE.test(c) && BEFORE_OPEN.test(before) && OPEN_AFTER.test(after)) {
      open = i;
      continue;
    }
    // "the soldiers’ deaths": a plural possessive, unless no other closing mark follows.
    const pluralPossessive = before === "s" && /\s/.test(after) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) && closes.hasAfter(i + 1);
    if (open >= 0 && CLOSE_SINGLE.test(c) && CLOSE_BEFORE.test(before) && AFTER_CLOSE.test(after) && i - open > 1 && !pluralPossessive) {
      out.push({ open, close: i, start: open + 1, end: i, mark: "single" });
      open = -1;
    }
  }
  // An unclosed single quote that opened a paragraph is a quote running on; elsewhere it was an apostrophe.
  if (open >= 0 && open === start && end - open > 20) out.push({ open, close: end, start: open + 1, end, mark: "single" });
  return out;
}

/**
 * Closing single marks that are not plural possessives, found in one pass, so that "is there one after i?"
 * is O(1) instead of a rescan of the rest of the paragraph at every possessive.
 */
function laterCloses(text: string, start: number, end: number): { hasAfter(from: number): boolean } {
  let last = -1;
  for (let i = end - 1; i >= start && last < 0; i--) {
    countWork(1);
    const c = text[i]!;
    if (c !== "’" && c !== "'") continue;
    const before = text[i - 1] ?? "";
    if (CLOSE_BEFORE.test(before) && AFTER_CLOSE.test(i + 1 < end ? text[i + 1]! : " ") && before !== "s") last = i;
  }
  return { hasAfter: (from) => last >= from };
}

/** True when the offset lies inside one of the quotes. */
export function inQuote(quotes: readonly Quote[], offset: number): boolean {
  // Quotes are sorted by start; a single quote may span a double one, so look back a few, not all.
  let lo = 0, hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) if (offset < quotes[k]!.end) return true;
  return false;
}
