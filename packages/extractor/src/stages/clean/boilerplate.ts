// Paragraph-level rules for what is not the article: navigation, footers, donation appeals, credits, teasers
// of other stories. Rules look at the shape and wording of a paragraph, never at a particular site.
import type { Paragraph } from "../../document/types";
import { FINITE_CUES, PARTICIPLE_CUES } from "../../lexicons/reporting-verbs";
import type { CleanSpan } from "./types";

/** A paragraph that is boilerplate on its own. */
const LINE_RULES: [RegExp, string][] = [
  [/^read (more|entire article|the original|full story|next)\b/i, "read-more link"],
  [/^read\b[^.]{0,80}\b(here|blog|article|story|coverage)\b/i, "read-more link"],
  [/^(related|recommended|more) (articles|stories|posts|news|coverage)\b/i, "related links"],
  [/^(leave a (reply|comment)|post a comment|comments?)\b/i, "comment form"],
  [/email address will not be published|required fields are marked/i, "comment form"],
  [/^back to top\b/i, "navigation"],
  [/^(share|share this|follow us|subscribe|sign up|newsletter)\b/i, "share/subscribe"],
  [/^(©|\(c\)|copyright\b)/i, "copyright"],
  [/@\s?\d{4}\s*$/, "copyright"],
  [/^(photo|image|picture|video|credit)s?\s*(credit)?\s*:/i, "image credit"],
  [/^\((?=[^)]*\b(?:AFP|AP|Reuters|with)\b)[^)]*\)$/i, "wire credit"],
  [/^\d+\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i, "timestamp"],
  [/^(continue|remind me later|payment methods|advertisement|skip ad)\.?$/i, "appeal button"],
  [/\b(is|are) an? [^.]{0,60}\b(news|media)\b[^.]{0,40}\b(website|site|platform|portal)\b/i, "site description"],
  [/^donate\b|\bdonate to\b|\bplease support us\b|\bsupport (us|our journalism)\b/i, "donation appeal"],
];

/** A paragraph after which the rest of the text is footer or appeal. */
const FOOTER_RULES: [RegExp, string][] = [
  [/^source\s*:/i, "source line"],
  [/originally published (by|in|on|at)\b/i, "republication notice"],
  [/^read (the )?entire article\b/i, "read-more link"],
  [/^a message from\b/i, "donation appeal"],
  [/^dear readers\b/i, "donation appeal"],
];

// Letters and digits of the scripts news is written in, without Unicode property escapes (much faster).
const WORD = /[0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+/g;
const wordsOf = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

/** A quotation of several words (a scare-quoted word is not one). */
const QUOTATION = /["“«„][^"“”«»„]*?\s[^"“”«»„]*?\s[^"“”«»„]*?\s[^"“”«»„]*?["”»“]/;
const ARTICLE_WORDS = new Set([...FINITE_CUES, ...PARTICIPLE_CUES, "according"]);
/**
 * A paragraph that reads as article text rather than site furniture: it quotes several words, reports what
 * someone said, or is long prose, and does not speak to the reader in the site's voice. Such a paragraph is never boilerplate, whatever its first words ("Share prices fell …").
 */
export function readsAsArticle(text: string): boolean {
  if (addressesReader(text)) return false;
  if (QUOTATION.test(text)) return true;
  const words = wordsOf(text);
  return words.length >= 40 || (words.length >= 4 && words.some((w) => ARTICLE_WORDS.has(w)));
}

const READER_WORDS = new Set(["we", "our", "us", "you", "your", "ourselves"]);
/** Outside quotations, the site speaking to its readers ("we need your help"), as appeals and notices do. */
function addressesReader(text: string): boolean {
  return wordsOf(text.replace(/["“„«][^"“”«»„]*["”»“]/g, " ")).some((w) => READER_WORDS.has(w));
}

/** A headline: short, no closing punctuation, not a quote. */
export function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  const n = wordsOf(t).length;
  return n >= 3 && n <= 24 && !/[.!?:;,"”’)]\s*$/.test(t) && !/^["“‘']/.test(t);
}

function overlap(a: string, b: string): number {
  const A = new Set(wordsOf(a).filter((w) => w.length > 3));
  if (!A.size) return 0;
  const B = new Set(wordsOf(b));
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / A.size;
}

const CAPTION_MIN_WORDS = 6;

/**
 * For each paragraph that may be a caption (at least a few words, `candidate`), the longer paragraphs that
 * contain its words in order. Candidates are indexed by their first word, so that the scan touches each word of
 * the article once and compares further only where a candidate's first word occurs: linear in practice.
 */
function repeatedIn(normalized: readonly string[][], candidate: (i: number) => boolean): Map<number, number[]> {
  const byFirst = new Map<string, number[]>();
  normalized.forEach((words, i) => {
    if (words.length < CAPTION_MIN_WORDS || !candidate(i)) return;
    const list = byFirst.get(words[0]!);
    if (list) list.push(i);
    else byFirst.set(words[0]!, [i]);
  });
  const out = new Map<number, number[]>();
  normalized.forEach((words, j) => {
    for (let w = 0; w < words.length; w++) {
      for (const i of byFirst.get(words[w]!) ?? []) {
        const phrase = normalized[i]!;
        if (i === j || phrase.length >= words.length || w + phrase.length > words.length) continue;
        let k = 1;
        while (k < phrase.length && phrase[k] === words[w + k]) k++;
        if (k < phrase.length) continue;
        const list = out.get(i) ?? [];
        if (list.at(-1) !== j) list.push(j);
        out.set(i, list);
      }
    }
  });
  return out;
}

export function findBoilerplate(text: string, paragraphs: readonly Paragraph[]): CleanSpan[] {
  const marks = new Map<number, CleanSpan>();
  const mark = (p: Paragraph, kind: CleanSpan["kind"], reason: string) => {
    if (!marks.has(p.index)) marks.set(p.index, { start: p.start, end: p.end, kind, reason });
  };
  const body = (p: Paragraph) => text.slice(p.start, p.end);

  // A footer line ("Source: …", "A message from …") marks what follows it up to the next paragraph that reads
  // as article text: a line that looks like a footer in mid-article must never swallow the story after it.
  let inFooter = false;
  paragraphs.forEach((p, i) => {
    const t = body(p);
    const prose = readsAsArticle(t);
    if (FOOTER_RULES.some(([re]) => re.test(t)) && i > 0 && !prose) inFooter = true;
    else if (prose) inFooter = false;
    const rule = prose ? undefined : LINE_RULES.find(([re]) => re.test(t));
    if (rule) mark(p, "boilerplate", rule[1]);
    else if (inFooter) mark(p, "boilerplate", "footer");
  });

  paragraphs.forEach((p, i) => {
    if (marks.has(i) || i === 0) return;
    const t = body(p);
    const prev = paragraphs[i - 1], next = paragraphs[i + 1];
    // A teaser of another story: after a "read more" link, or a headline followed by another headline
    // (a real section headline is followed by the text it announces).
    if (looksLikeHeadline(t)) {
      if (prev && marks.get(prev.index)?.reason === "read-more link") return mark(p, "teaser", "after read-more link");
      if (next && !marks.has(next.index) && looksLikeHeadline(body(next)) && overlap(t, body(next)) < 0.5) return mark(p, "teaser", "headline without its story");
    }
    // A short label between boilerplate paragraphs ("Europe", "Global NewsX").
    if (wordsOf(t).length <= 3 && !/[.!?]$/.test(t) && ((prev && marks.has(prev.index)) || (next && marks.get(next.index)?.kind === "boilerplate") || i === paragraphs.length - 1)) {
      mark(p, "boilerplate", "label");
    }
  });
  // A first-line section label ("Europe") before the headline.
  const first = paragraphs[0];
  if (first && wordsOf(body(first)).length <= 2 && paragraphs.length > 1 && !/[.!?]$/.test(body(first))) mark(first, "boilerplate", "label");

  // Captions: paragraphs whose words repeat an earlier or later body sentence; statements in them merge.
  const normalized = paragraphs.map((p) => wordsOf(body(p)));
  const containers = repeatedIn(normalized, (i) => !marks.has(i));
  paragraphs.forEach((p, i) => {
    if (marks.has(i) || normalized[i]!.length < CAPTION_MIN_WORDS) return;
    if ((containers.get(i) ?? []).some((j) => !marks.has(j))) mark(p, "caption", "repeats a body sentence");
  });
  return [...marks.values()].sort((a, b) => a.start - b.start);
}
