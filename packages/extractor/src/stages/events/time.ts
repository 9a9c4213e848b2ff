// The time expression of an event as written ("early today", "on Saturday", "in February 2022") and, when the
// article's publication date is known, the calendar date it points to (chrono-node, read as past reference).
import * as chrono from "chrono-node";
import type { Span } from "../../document/types";

export interface TimeExpression extends Span {
  text: string;
  /** YYYY-MM-DD, only when the expression names a day. */
  date?: string;
}

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
// Most specific first: a full date beats a bare month, "early on Tuesday" beats "Tuesday".
const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:(?:${WEEKDAY}),?\s+)?(?:${MONTH})\s+\d{1,2}(?:,?\s+\d{4})?\b`, "u"),
  new RegExp(String.raw`\b\d{1,2}\s+(?:${MONTH})(?:\s+\d{4})?\b`, "u"),
  new RegExp(String.raw`\b(?:early|late)?\s*(?:on\s+)?(?:${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\b`, "u"),
  /\b(?:early|late)\s+(?:today|tonight|yesterday)\b/u,
  /\bthe\s+early\s+hours(?:\s+of\s+\w+)?\b/u,
  /\b(?:today|tonight|yesterday|overnight|throughout the night)\b/u,
  /\b(?:this|last|next)\s+(?:morning|afternoon|evening|night|week|month|year)\b/u,
  /\b(?:later|earlier)\s+this\s+(?:week|month|year)\b/u,
  /\bhours\s+(?:earlier|later)\b/u,
  /\brecent\s+(?:days|weeks|months)\b/u,
  new RegExp(String.raw`\b(?:${MONTH})(?:\s+\d{4})?\b`, "u"),
  /\b(?:in|since)\s+(?:19|20)\d{2}\b/u,
  /\b(?:at|around)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s*\(?\d{4}\s*GMT\)?|\s+GMT|\s+UTC)?/iu,
];
const FUTURE = /\b(?:will|would|is set to|are set to|plans? to|planning to|is due to|are due to|expected to|expects to)\b/i;
const NAMES_WHEN = new RegExp(String.raw`\d|\b(?:today|tonight|yesterday|overnight|${WEEKDAY}|${MONTH})\b`, "u");
const DAY_WORDS = new RegExp(String.raw`\b(?:today|tonight|yesterday|overnight|night|${WEEKDAY})\b`, "iu");

// "Ukraine said Sunday it launched ...": the day after a reporting verb dates the statement, not the event.
const SPEECH_BEFORE = /\b(?:said|says|told|announced|reported|added|claimed)\s+(?:on\s+)?$/;

// Global copies of the patterns, made once: matchAll scans with a copy of its own, so they can be shared.
const GLOBAL_PATTERNS = PATTERNS.map((re) => new RegExp(re.source, `${re.flags}g`));

function firstNotSpeechTime(global: RegExp, slice: string): RegExpExecArray | undefined {
  for (const m of slice.matchAll(global)) {
    if (!SPEECH_BEFORE.test(slice.slice(Math.max(0, m.index - 20), m.index + (m[0].length - m[0].trimStart().length)))) return m as RegExpExecArray;
  }
  return undefined;
}

/** The first time expression in `span` (the most specific kind wins where several start at once). */
export function findTime(text: string, span: Span, published?: string): TimeExpression | undefined {
  const slice = text.slice(span.start, span.end);
  let best: { index: number; length: number; names: boolean } | undefined;
  for (const re of GLOBAL_PATTERNS) {
    const m = firstNotSpeechTime(re, slice);
    if (!m || !m[0].trim()) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const index = m.index + lead, length = m[0].trim().length;
    // An expression that names a day or a month beats a vague one ("hours later in the early hours of Sunday").
    const names = NAMES_WHEN.test(m[0]);
    if (!best || (names && !best.names) || (names === best.names && index < best.index)) best = { index, length, names };
  }
  if (!best) return undefined;
  const start = span.start + best.index, end = start + best.length;
  const expression = text.slice(start, end);
  // "would travel to Riyadh on Thursday": a weekday in a clause about what is to come is the next one.
  const future = FUTURE.test(slice);
  const date = published ? resolveDate(expression, published, future) : undefined;
  return { text: expression, start, end, ...(date ? { date } : {}) };
}

/**
 * The day an expression names, read from the article's publication date. News reports the past: a bare
 * weekday is the last such day, not the next. Month- or year-level expressions get no date.
 */
export function resolveDate(expression: string, published: string, future = false): string | undefined {
  const ref = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return undefined;
  if (/\bovernight\b|\bthroughout the night\b|\bearly hours\b/i.test(expression)) return published;
  const [result] = chrono.parse(expression, { instant: ref, timezone: 0 });
  if (!result) return undefined;
  if (!result.start.isCertain("day") && !DAY_WORDS.test(expression)) return undefined;
  if (/\b(?:weeks?|months?|years?)\b/i.test(expression)) return undefined; // "last week" names no day
  let date = result.start.date();
  if (future && !result.start.isCertain("year") && date.getTime() < ref.getTime() - 86_400_000) {
    date = new Date(date.getTime() + (result.start.isCertain("month") ? 365 : 7) * 86_400_000);
  } else if (!future && !result.start.isCertain("year") && date.getTime() > ref.getTime() + 86_400_000 && !/\b(?:next|later|coming)\b/i.test(expression)) {
    date = new Date(date.getTime() - (result.start.isCertain("month") ? 365 : 7) * 86_400_000);
  }
  return date.toISOString().slice(0, 10);
}
