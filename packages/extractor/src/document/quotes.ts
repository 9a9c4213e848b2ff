// Quotations as offsets: curly double (“…”), straight double ("…") and single (‘…’ or '…') quotes, the
// last told apart from apostrophes by what stands on either side. A quote left open at the end of a
// paragraph runs to the paragraph's end, as wire copy does for quotes that continue.
import type { Span } from "./types";

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
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "“" || (c === '"' && open < 0)) {
      if (open < 0) open = i;
      continue;
    }
    if ((c === "”" || c === '"') && open >= 0) {
      out.push({ open, close: i, start: open + 1, end: i, mark: "double" });
      open = -1;
    }
  }
  if (open >= 0 && end - open > 1) out.push({ open, close: end, start: open + 1, end, mark: "double" });
  return out;
}

function findSingles(text: string, start: number, end: number, doubles: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  const inside = (i: number) => doubles.some((q) => q.open <= i && i <= q.close);
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (inside(i)) continue;
    const before = i > start ? text[i - 1]! : " ";
    const after = i + 1 < end ? text[i + 1]! : " ";
    if (open < 0 && OPEN_SINGLE.test(c) && BEFORE_OPEN.test(before) && /[\p{L}\p{N}\[(….]/u.test(after)) {
      open = i;
      continue;
    }
    // "the soldiers’ deaths": a plural possessive, unless no other closing mark follows.
    const pluralPossessive = before === "s" && /\s/.test(after) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) && hasLaterClose(text, i + 1, end);
    if (open >= 0 && CLOSE_SINGLE.test(c) && /[\p{L}\p{N}.,!?)\]…]/u.test(before) && AFTER_CLOSE.test(after) && i - open > 1 && !pluralPossessive) {
      out.push({ open, close: i, start: open + 1, end: i, mark: "single" });
      open = -1;
    }
  }
  // An unclosed single quote that opened a paragraph is a quote running on; elsewhere it was an apostrophe.
  if (open >= 0 && open === start && end - open > 20) out.push({ open, close: end, start: open + 1, end, mark: "single" });
  return out;
}

function hasLaterClose(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (CLOSE_SINGLE.test(text[i]!) && /[\p{L}\p{N}.,!?)\]…]/u.test(text[i - 1] ?? "") && AFTER_CLOSE.test(i + 1 < end ? text[i + 1]! : " ") && text[i - 1] !== "s") return true;
  }
  return false;
}

/** True when the offset lies inside one of the quotes. */
export const inQuote = (quotes: readonly Quote[], offset: number): boolean => quotes.some((q) => q.start <= offset && offset < q.end);
