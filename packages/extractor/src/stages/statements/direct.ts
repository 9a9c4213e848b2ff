// Direct quotations and their attribution: after the quote ("“…,” he said", "‘…,’ said the ministry"),
// before it ("Putin said: “…”", "said on Telegram that “…”"), or carried over from the previous quote
// of the same speaker ("“A,” he said. “B.”").
import type { Span } from "../../document/types";
import { tokenize, type Token } from "../../document/tokens";
import { isAbbreviation } from "../../document/segment";
import type { Quote } from "../../document/quotes";
import { AUXILIARIES, FINITE_CUES } from "./reporting-lexicon";
import { channelAfter } from "./channel";
import { subjectBefore, wordCount } from "./cues";

export interface DirectQuote {
  quote: Quote;
  text: Span;
  /** Where the speaker is named; absent for a continuation. */
  subject?: Span;
  cue?: string;
  channel?: string;
  attribution?: Span;
  /** Continues the previous attributed quote (same paragraph, or the paragraph before). */
  continuation: boolean;
  /** Fragments around the attribution were joined into this one: "“A,” she said. “B.”". */
  joined?: boolean;
}

const MIN_WORDS = 3;

export function findDirectQuotes(text: string, paragraph: Span, quotes: readonly Quote[]): DirectQuote[] {
  const out: DirectQuote[] = [];
  for (const quote of quotes) {
    const inner = innerSpan(text, quote);
    if (!inner || wordCount(text, inner) < MIN_WORDS) continue;
    const after = attributionAfter(text, quote, paragraph);
    const before = after ? undefined : attributionBefore(text, quote, paragraph);
    const found = after ?? before;
    if (found) {
      out.push({ quote, text: inner, ...found, continuation: false });
      continue;
    }
    // A quote that opens a sentence, with nobody named: the previous speaker goes on talking.
    const lead = text.slice(Math.max(paragraph.start, quote.open - 40), quote.open).trimEnd();
    if ((lead === "" && isBlank(text, paragraph.start, quote.open)) || /[.!?]["”’']?$/.test(lead)) out.push({ quote, text: inner, continuation: true });
  }
  return joinFragments(text, out);
}

/**
 * A quotation interrupted by its attribution is one statement ("“A,” she said. “B.”", "“A,” she said, “b …”"),
 * as in attribution corpora (PARC, PolNeAR): the fragments that follow an attributed quote in the same
 * paragraph, separated from it only by that attribution, join it.
 */
function joinFragments(text: string, quotes: DirectQuote[]): DirectQuote[] {
  const out: DirectQuote[] = [];
  for (const q of quotes) {
    const host = out.at(-1);
    const attribution = host?.attribution;
    const between = host && attribution && attribution.start > host.quote.close ? text.slice(attribution.end, q.quote.open) : undefined;
    const sameCue = !q.continuation && q.attribution && attribution && q.attribution.start === attribution.start && q.attribution.end === attribution.end;
    if (host && between !== undefined && between.length <= 60 && /^[^“”"‘’\n]*[.,:;—–]\s*$/.test(between) && (q.continuation || sameCue)) {
      out[out.length - 1] = { ...host, text: { start: host.text.start, end: q.text.end }, joined: true };
      continue;
    }
    out.push(q);
  }
  return out;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

function innerSpan(text: string, q: Quote): Span | undefined {
  let start = q.start, end = q.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** "Rep." / "J.": a period that belongs to the word before it. */
const abbreviated = (tokens: readonly Token[], k: number): boolean => tokens[k]!.text === "." && k > 0 && tokens[k - 1]!.end === tokens[k]!.start && isAbbreviation(tokens[k - 1]!.text);

function sentenceTokens(text: string, from: number, to: number): Token[] {
  return tokenize(text, from, Math.min(to, from + 300));
}

/** "…,” Alexander Bogomaz, governor of …, said" / "…,” said the ministry" / "…,’ Putin told troops". */
function attributionAfter(text: string, q: Quote, paragraph: Span): Omit<DirectQuote, "quote" | "text" | "continuation"> | undefined {
  // Only the ends of the quote and what follows it are read: slicing to the paragraph end would make a long
  // paragraph with many quotes quadratic.
  const inner = text.slice(Math.max(q.start, q.end - 40), q.end).trimEnd();
  const afterText = text.slice(q.close + 1, Math.min(paragraph.end, q.close + 400));
  // Only a quote that does not end its sentence is attributed by what follows ("…,” he said").
  if (!/[,?!—–-]$/.test(inner) && !/^\s*[,—–]/.test(afterText)) return undefined;
  const tokens = sentenceTokens(text, q.close + 1, paragraph.end);
  let end = tokens.findIndex((t, k) => /^[.!?“"‘]$/.test(t.text) && !abbreviated(tokens, k));
  if (end < 0) end = tokens.length;
  const window = tokens.slice(0, Math.min(end, 30));
  const cue = window.findIndex((t) => FINITE_CUES.has(t.lower));
  if (cue < 0) return undefined;
  const channel = channelAfter(text.slice(window[cue]!.end, Math.min(paragraph.end, window[cue]!.end + 400)))?.channel;
  const lead = window.slice(0, cue).filter((t) => t.word && !AUXILIARIES.has(t.lower));
  if (lead.length) {
    const subject = subjectBefore(window, cue) ?? { start: lead[0]!.start, end: lead.at(-1)!.end };
    return { subject, cue: window[cue]!.text, channel, attribution: { start: subject.start, end: window[cue]!.end } };
  }
  // Inverted: "said the ministry", "said Sobyanin".
  let e = cue + 1;
  while (e < window.length && (window[e]!.word || abbreviated(window, e)) && !/^(on|in|at|that|during|after|adding|without)$/.test(window[e]!.lower)) e++;
  if (e === cue + 1) return undefined;
  const subject = { start: window[cue + 1]!.start, end: window[e - 1]!.end };
  return { subject, cue: window[cue]!.text, channel, attribution: { start: window[cue]!.start, end: subject.end } };
}

/** "Putin said: “…”", "Sobyanin said of the attack: ‘…’", "Watson said that “…”", "he said, “…”". */
/**
 * "He said:" closing one paragraph, with the quotation opening the next: the attribution before the colon.
 */
export function attributionAcross(text: string, quote: DirectQuote, previous: Span): DirectQuote | undefined {
  if (!quote.continuation || !/:\s*$/.test(text.slice(Math.max(previous.start, previous.end - 3), previous.end))) return undefined;
  const found = attributionBefore(text, { ...quote.quote, open: previous.end }, previous);
  return found ? { ...quote, ...found, continuation: false } : undefined;
}

function attributionBefore(text: string, q: Quote, paragraph: Span): Omit<DirectQuote, "quote" | "text" | "continuation"> | undefined {
  const from = Math.max(paragraph.start, q.open - 200);
  const lead = text.slice(from, q.open);
  if (!/(?:[:,]|\bthat)\s*$/.test(lead)) return undefined;
  const tokens = tokenize(text, from, q.open);
  // The cue must be close to the quote: at most a channel or "of the attack" between them.
  for (let k = tokens.length - 1; k >= 0 && tokens.length - k <= 12; k--) {
    const t = tokens[k]!;
    if (/^[.!?”"]$/.test(t.text)) break;
    if (!FINITE_CUES.has(t.lower)) continue;
    const subject = subjectBefore(tokens, k);
    if (!subject) return undefined;
    const channel = channelAfter(text.slice(t.end, q.open))?.channel;
    return { subject, cue: t.text, channel, attribution: { start: subject.start, end: t.end } };
  }
  return undefined;
}
