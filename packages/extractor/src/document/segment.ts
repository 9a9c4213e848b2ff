// Paragraphs and sentences as offsets into the original text. Nothing is normalized: offsets stay exact.
import type { Paragraph, Sentence } from "./types";
import { countWork } from "./work";

// A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before white space and a
// capital, digit or opening quote — unless the word before the period is a known abbreviation.
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "rev", "prof", "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "inc", "ltd", "co", "corp"]);

/** A word whose period does not end a sentence: a title or other abbreviation ("Rep.", "Gen.") or an initial ("J."). */
export const isAbbreviation = (word: string): boolean => ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);

export function segment(text: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const span = trimSpan(text, m.index, m.index + m[0].length);
    if (!span) continue;
    const paragraph = { index: paragraphs.length, ...span };
    paragraphs.push(paragraph);
    for (const s of splitSentences(text, span.start, span.end)) sentences.push({ index: sentences.length, paragraph: paragraph.index, ...s });
  }
  return { paragraphs, sentences };
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

function splitSentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const boundary = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let from = start;
  countWork(end - start);
  // The paragraph alone is searched: a regex run on the whole text would scan past it to the next match.
  const body = text.slice(start, end);
  for (let b = boundary.exec(body); b; b = boundary.exec(body)) {
    const m = { index: start + b.index, 0: b[0] };
    const stop = m.index + m[0].length;
    const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(from, m.index - 12), m.index + 1))?.[1];
    if (m[0].startsWith(".") && word && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    pushCapped(text, from, stop, out);
    from = stop;
  }
  pushCapped(text, from, end, out);
  return out;
}

/**
 * Longest sentence kept whole. A run of text with no sentence break (a scraped list, a garbled page) is cut
 * into pieces of at most this length at a clause boundary, so that no sentence-wide step grows with the
 * article: news sentences are far shorter (PARC and PolNeAR sentences rarely pass 600 characters).
 */
export const MAX_SENTENCE = 1500;

function pushCapped(text: string, from: number, to: number, out: { start: number; end: number }[]): void {
  while (to - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "), window.lastIndexOf(" "));
    const stop = from + (cut > MAX_SENTENCE / 3 ? cut + 1 : MAX_SENTENCE);
    const span = trimSpan(text, from, stop);
    if (span) out.push(span);
    from = stop;
  }
  const span = trimSpan(text, from, to);
  if (span) out.push(span);
}
