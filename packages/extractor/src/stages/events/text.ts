// Words, clauses and line kinds as offsets into the article text, shared by the agreements and events stages.
import type { Document, Sentence, Span } from "../../document/types";
import "../clean/types";

export interface Token extends Span {
  text: string;
  lower: string;
}

// Words keep inner apostrophes and hyphens ("Russia's", "Ukraine-launched"); curly apostrophes count too.
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+|,\d{3}(?!\d))*/gu;

// The stages tokenize the same clauses many times over (triggers, places, counts, anchors): the tokens of
// the article being read are kept until another article comes.
let cachedText: string | undefined;
const cache = new Map<string, readonly Token[]>();

/** The words of `span`, in order; the array is shared between callers and must not be changed. */
export function tokenize(text: string, span: Span): readonly Token[] {
  if (text !== cachedText) {
    cachedText = text;
    cache.clear();
  }
  const key = `${span.start}:${span.end}`;
  let tokens = cache.get(key);
  if (!tokens) cache.set(key, (tokens = tokenizeUncached(text, span)));
  return tokens;
}

function tokenizeUncached(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(WORD)) {
    const start = span.start + m.index;
    const lower = m[0].toLowerCase();
    out.push({ text: m[0], lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower, start, end: start + m[0].length });
  }
  return out;
}

/** "Russia's" → "russia": the word without a possessive ending. */
export const stripPossessive = (lower: string): string =>
  lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("'") ? lower.slice(0, -1) : lower;

// Where one clause ends and another begins inside a sentence: contrast and time connectives after a comma,
// semicolons and dashes. Kept short on purpose: a wrong split loses an argument, a missed one merges two events.
const CLAUSE_BREAK = /,\s+(?=(?:while|whereas|but|when|though|although|after|before|as)\s)|;\s+|\s+[—–]\s+|\s+(?=(?:while|whereas|when|after|following|though|although)\s)/g;

/** The clauses of a sentence, as spans that tile it. */
export function clauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  let from = 0;
  for (const m of slice.matchAll(CLAUSE_BREAK)) {
    const at = m.index + m[0].length;
    if (at - from > 0 && m.index > from) out.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = at;
  }
  out.push({ start: sentence.start + from, end: sentence.end });
  return out.filter((c) => c.end > c.start);
}

/**
 * A headline, caption or standfirst: a line that is one sentence on its own and does not end like body copy.
 * Such lines repeat what the body says, so their events are merged into the body's rather than counted again.
 */
export function isHeadlineLike(text: string, sentence: Sentence, sentencesPerParagraph: ReadonlyMap<number, number>): boolean {
  const alone = sentencesPerParagraph.get(sentence.paragraph) === 1;
  return alone && !/[.!?]["'”’)\]]*$/u.test(text.slice(sentence.start, sentence.end));
}

/** How many sentences each paragraph has, by paragraph index. */
export function sentencesPerParagraph(sentences: readonly Sentence[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of sentences) counts.set(s.paragraph, (counts.get(s.paragraph) ?? 0) + 1);
  return counts;
}

export const overlapsAny = (span: Span, spans: readonly Span[]): boolean =>
  spans.some((s) => span.start < s.end && span.end > s.start);

/** The spans nothing is extracted from: boilerplate and teasers (captions are read, they repeat the body). */
export function excludedSpans(doc: Document): Span[] {
  return doc.get("clean").spans.filter((s) => s.kind !== "caption");
}

/** Captions: read, but as repeats of the body. */
export function captionSpans(doc: Document): Span[] {
  return doc.get("clean").spans.filter((s) => s.kind === "caption");
}
