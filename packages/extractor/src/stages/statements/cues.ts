// Reported speech in one sentence: each reporting verb outside quotations, with the clause it reports and
// the words that name its speaker. Three shapes:
//   after:  "X said (that) CLAUSE", "X told the BBC CLAUSE", "…, saying CLAUSE"
//   before: "CLAUSE, X said (on Telegram).", "CLAUSE, said X."
//   according: "CLAUSE, according to X." / "According to X, CLAUSE."
import type { Span } from "../../document/types";
import type { Token } from "../../document/tokens";
import { inQuote, type Quote } from "../../document/quotes";
import { AUXILIARIES, FINITE_CUES, LISTENER_CUES, NEGATORS, PARTICIPLE_CUES, PHRASAL_CUES } from "./reporting-lexicon";
import { channelAfter } from "./channel";

export interface ReportedSpeech {
  clause: Span;
  /** Where the speaker is named; absent when the speaker is the sentence's main speaker ("…, saying …"). */
  subject?: Span;
  cue: string;
  channel?: string;
  /** The cue and its subject, for the SAID edge's provenance. */
  attribution: Span;
  participle: boolean;
}

const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|overnight|recently|previously|again|also|repeatedly|late|early|on|this|last|morning|evening|night|afternoon|week|month|year|in|a|an|the|recent|days|weeks|past)$/;
const BOUNDARY = new Set([",", ";", ":", "—", "–", "that", "after", "as", "while", "when", "because", "since", "though", "although", "but", "where", "if", "whereas", "”", "(", ")", "before", "until", "which", "who", "and"]);
const PASSIVE = new Set(["is", "was", "are", "were", "be", "been", "being"]);
/** Cues whose clause may be an infinitive: "claims to have captured", "vowed to continue". */
const INFINITIVE_CUES = /^(claims?|claimed|denied|denies|vowed|vows|promised|promises|pledged|pledges|threatened|threatens)$/;
const NOT_CLAUSE_START = /^(as|at|in|on|of|for|with|from|during|after|before|without|because|despite|amid|to|by|and|but|or|while|when|though|although|than|so)$/;
const CLAUSE_BREAKERS = /^(said|says|told|added)$/;

export function findReportedSpeech(text: string, tokens: readonly Token[], quotes: readonly Quote[], sentence: Span): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || inQuote(quotes, t.start)) continue;
    const phrase = phraseCue(tokens, i);
    if (phrase === "according to") {
      const r = accordingTo(text, tokens, i, sentence);
      if (r) out.push(r);
      i++;
      continue;
    }
    const participle = PARTICIPLE_CUES.has(t.lower) || phrase === "calling on";
    const finite = FINITE_CUES.has(t.lower) || phrase === "spoke of" || phrase === "called on";
    if (!participle && !finite) continue;
    // "the United States", "preparing to announce": a proper noun, or an infinitive that reports nothing yet.
    if ((t.cap && i > 0) || tokens[i - 1]?.lower === "to") continue;
    if (negated(tokens, i) || passive(tokens, i) || usedAsNoun(tokens, i)) continue;
    if (participle) {
      let p = i - 1;
      while (p > 0 && tokens[p]!.word && (/ly$/.test(tokens[p]!.lower) || tokens[p]!.lower === "also")) p--;
      if (tokens[p]?.text !== ",") continue;
      const cueLen = phrase ? 2 : 1;
      const clause = clauseAfter(text, tokens, i + cueLen - 1, sentence, t.lower === "telling" || t.lower === "urging");
      if (clause && clause !== "quote") out.push({ clause: clause.span, cue: phrase ?? t.text, channel: clause.channel, attribution: { start: t.start, end: tokens[i + cueLen - 1]!.end }, participle: true });
      continue;
    }
    const cueEnd = phrase ? i + 1 : i;
    const cueText = text.slice(auxStart(tokens, i), tokens[cueEnd]!.end);
    const subject = subjectBefore(tokens, i);
    const after = clauseAfter(text, tokens, cueEnd, sentence, LISTENER_CUES.has(t.lower));
    if (after === "quote") continue;
    if (after && subject) {
      out.push({ clause: after.span, subject, cue: cueText, channel: after.channel, attribution: { start: subject.start, end: tokens[cueEnd]!.end }, participle: false });
      continue;
    }
    // "CLAUSE, X said." — the cue ends the clause it reports.
    if (!after && finite && !phrase) {
      const before = clauseBefore(text, tokens, i, quotes, sentence);
      if (before) before.clause = resumedClause(text, tokens, i, before.clause, sentence) ?? before.clause;
      if (before) out.push({ clause: before.clause, subject: before.subject, cue: cueText, channel: channelAfter(text.slice(tokens[i]!.end, sentence.end))?.channel, attribution: { start: Math.min(before.subject.start, t.start), end: Math.max(before.subject.end, t.end) }, participle: false });
    }
  }
  return out;
}

function phraseCue(tokens: readonly Token[], i: number): string | undefined {
  const two = `${tokens[i]?.lower} ${tokens[i + 1]?.lower}`;
  return PHRASAL_CUES.includes(two) ? two : undefined;
}

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "these", "those", "such", "this", "that", "our", "my", "your", "repeated", "new", "latest", "earlier", "previous", "alleged"]);
const NOUN_OR_VERB = new Set(["claims", "claim", "demands", "demand", "reports", "report", "notes", "states", "estimates", "promises", "pledges", "vows", "threatens", "warns", "urges", "alleges", "alleged", "denies"]);

/** "the claims", "Moscow’s demands", "an alleged ring", "despite claims": the cue word is a noun or adjective here. */
function usedAsNoun(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return NOUN_OR_VERB.has(tokens[i]!.lower);
  if (DETERMINERS.has(prev.lower) || /^['’]s$/.test(prev.text)) return true;
  return NOUN_OR_VERB.has(tokens[i]!.lower) && /^(of|to|for|with|about|on|despite|amid|over|against|and|or|by|from|these|such|verify|deny|denied|dismissed|rejected)$/.test(prev.lower);
}

function negated(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = tokens[k]!.lower;
    if (NEGATORS.has(w) || w.endsWith("n't") || w.endsWith("n’t")) return true;
    if (!AUXILIARIES.has(w) && w !== "yet") break;
  }
  return false;
}

/** "is reported to", "were told", "has been said": the subject is not the speaker. */
function passive(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? "";
  if (PASSIVE.has(prev)) return true;
  if (prev === "it" && /^(is|was)$/.test(tokens[i - 2]?.lower ?? "")) return true;
  return false;
}

function auxStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && AUXILIARIES.has(tokens[k - 1]!.lower) && /^(has|have|had|did|does|do|will|would)$/.test(tokens[k - 1]!.lower)) k--;
  return tokens[k]!.start;
}

/** The words naming the speaker, right before the cue (auxiliaries and adverbs skipped). */
export function subjectBefore(tokens: readonly Token[], i: number): Span | undefined {
  let k = i - 1;
  while (k >= 0 && (AUXILIARIES.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower)) && tokens[k]!.word) k--;
  const end = k;
  if (end < 0) return undefined;
  // "Vladislav Shapsha, governor of the Kaluga region, said": the cue follows an apposition; the subject
  // is the sentence's opening noun phrase.
  if (tokens[end]!.text === ",") {
    let s = end - 1;
    while (s >= 0 && !/^[;:”"]$/.test(tokens[s]!.text) && end - s < 45) s--;
    let first = s + 1;
    while (first < end && (/^(and|but|meanwhile|so)$/i.test(tokens[first]!.lower) || !tokens[first]!.word)) first++;
    // The whole apposition stays in the subject, so that a name set off by commas is found in it.
    return end > first ? { start: tokens[first]!.start, end: tokens[end - 1]!.end } : undefined;
  }
  // "Donald Trump, who has boasted …": the relative pronoun stands for the name before it.
  if (/^(who|which)$/.test(tokens[end]!.lower) && tokens[end - 1]?.text === ",") {
    let s = end - 2;
    while (s >= 0 && !(BOUNDARY.has(tokens[s]!.lower) && tokens[s]!.lower !== "and") && end - s < 10) s--;
    return s + 1 <= end - 2 ? { start: tokens[s + 1]!.start, end: tokens[end - 2]!.end } : undefined;
  }
  let s = end;
  while (s >= 0 && !(BOUNDARY.has(tokens[s]!.lower) && !(tokens[s]!.lower === "and" && s > 0 && tokens[s - 1]!.cap)) && end - s < 14) s--;
  if (s >= 0 && end - s >= 14) return undefined;
  const first = s + 1;
  return first <= end ? { start: tokens[first]!.start, end: tokens[end]!.end } : undefined;
}

/** The clause after a cue, or "quote" when a quotation follows (the quote finder reads it). */
function clauseAfter(text: string, tokens: readonly Token[], cue: number, sentence: Span, listener: boolean): { span: Span; channel?: string } | "quote" | undefined {
  let k = cue + 1;
  let channel: string | undefined;
  for (let guard = 0; guard < 6 && k < tokens.length; guard++) {
    const ch = channelAfter(text.slice(tokens[k - 1]!.end, sentence.end));
    if (ch) {
      channel = ch.channel;
      const endAt = tokens[k - 1]!.end + ch.length;
      while (k < tokens.length && tokens[k]!.start < endAt) k++;
      continue;
    }
    if (TIME_WORDS.test(tokens[k]!.lower) && !(tokens[k]!.lower === "the" || tokens[k]!.lower === "a") ) {
      k++;
      continue;
    }
    break;
  }
  // "said in a post on X, formerly Twitter, that …": a short aside before "that".
  if (tokens[k]?.text === ",") {
    const that = tokens.findIndex((t, j) => j > k && j - k <= 7 && t.lower === "that");
    // The aside is set off by a second comma right before "that".
    if (that > 0 && tokens[that - 1]!.text === "," && !/^(and|but|or)$/.test(tokens[k + 1]?.lower ?? "") && !tokens.slice(k + 1, that).some((t) => FINITE_CUES.has(t.lower))) k = that;
  }
  // "X said, adding …" / "X said, and …": the clause is before the cue.
  if (k < tokens.length && tokens[k]!.text === "," && !listener) return undefined;
  if (listener) {
    // "told the BBC (that)", "told Putin on Tuesday that": skip the listener.
    const that = tokens.findIndex((t, j) => j >= k && j - k <= 8 && t.lower === "that");
    if (that >= 0) k = that;
    else {
      let j = k;
      while (j < tokens.length && j - k < 5 && (tokens[j]!.cap || /^(the|a|an|his|her|its|their|reporters|journalists|troops|lawmakers|parliament|me|us|him|them)$/.test(tokens[j]!.lower))) j++;
      if (j === k) return undefined;
      k = j;
      const ch = channelAfter(text.slice(tokens[k - 1]!.end, sentence.end));
      if (ch) {
        channel ??= ch.channel;
        const endAt = tokens[k - 1]!.end + ch.length;
        while (k < tokens.length && tokens[k]!.start < endAt) k++;
      }
    }
  }
  const complementizer = tokens[k]?.lower === "that";
  if (complementizer) k++;
  const first = tokens[k];
  if (!first) return undefined;
  if (first.text === ":") return "quote";
  // A quotation that makes up the clause is read by the quote finder; a short one inside it is part of it.
  if (/^[“"‘']$/.test(first.text)) {
    const closing = tokens.findIndex((t, j) => j > k && /^[”"’']$/.test(t.text));
    if (closing < 0 || closing >= tokens.length - 3 || closing - k > 4) return "quote";
  }
  if (!first.word && !/^[\[(“"‘']$/.test(first.text)) return undefined;
  const infinitive = first.lower === "to" && INFINITIVE_CUES.test(tokens[cue]!.lower);
  // After "that" any word opens the clause; a quantity ("at least 600 people") opens one anyway.
  const quantity = /^(at|as|more|fewer|less)$/.test(first.lower) && /^(least|most|many|much|than)$/.test(tokens[k + 1]?.lower ?? "");
  if (NOT_CLAUSE_START.test(first.lower) && !infinitive && !complementizer && !quantity) return undefined;
  // A bare object ("said this", "said so") is no clause.
  let endIdx = tokens.length - 1;
  for (let j = k; j < tokens.length; j++) {
    if (tokens[j]!.text === ";" || (tokens[j]!.text === "," && /^(but|before|while|whereas|although|though)$/.test(tokens[j + 1]?.lower ?? ""))) {
      endIdx = j - 1;
      break;
    }
    if (tokens[j]!.text === "," && (tokens[j + 1]?.lower === "according" || (CLAUSE_BREAKERS.test(tokens[j + 2]?.lower ?? "") && tokens[j + 1]!.word) || (tokens[j + 1] && /^(he|she|they|it)$/.test(tokens[j + 1]!.lower) && CLAUSE_BREAKERS.test(tokens[j + 2]?.lower ?? "")))) {
      endIdx = j - 1;
      break;
    }
  }
  const span = trimClause(text, first.start, tokens[endIdx]!.end);
  if (!span || wordCount(text, span) < 3) return undefined;
  return { span, channel };
}

/**
 * "The bigger risk, she said, is a clash at sea.": a clause interrupted by its attribution resumes after it,
 * and the statement runs from its first to its last part (as attribution corpora mark it). Not when what
 * follows the comma is another clause of the speaker's own ("…, she said, adding …", "…, he said, and …").
 */
function resumedClause(text: string, tokens: readonly Token[], cue: number, clause: Span, sentence: Span): Span | undefined {
  const comma = tokens[cue + 1];
  const next = tokens[cue + 2];
  if (comma?.text !== "," || !next || !next.word || next.cap) return undefined;
  if (PARTICIPLE_CUES.has(next.lower) || /^(and|but|or|so|then|as|while|when|because|although|though|which|who|citing|referring|according)$/.test(next.lower)) return undefined;
  // The first part must not be a whole clause ending with a full stop of its own (it then ends at the cue).
  if (clause.start !== trimClause(text, sentence.start, sentence.end)?.start) return undefined;
  return trimClause(text, clause.start, sentence.end);
}

function clauseBefore(text: string, tokens: readonly Token[], cue: number, quotes: readonly Quote[], sentence: Span): { clause: Span; subject: Span } | undefined {
  // Subject: back from the cue to the nearest comma (outside quotes), or "said X" inverted.
  let k = cue - 1;
  while (k >= 0 && AUXILIARIES.has(tokens[k]!.lower)) k--;
  let comma = -1;
  for (let j = k; j >= 0 && k - j < 16; j--) {
    if ((tokens[j]!.text === "," || tokens[j]!.text === "”" || tokens[j]!.text === "’") && !inQuote(quotes, tokens[j]!.start)) {
      comma = j;
      break;
    }
  }
  let subject: Span | undefined;
  let clauseEnd: number;
  if (comma >= 0 && comma < k) {
    subject = { start: tokens[comma + 1]!.start, end: tokens[k]!.end };
    clauseEnd = tokens[comma]!.start;
  } else if (comma === k && comma >= 0) {
    // "CLAUSE, said the ministry."
    let e = cue + 1;
    while (e < tokens.length && tokens[e]!.word) e++;
    if (e === cue + 1) return undefined;
    subject = { start: tokens[cue + 1]!.start, end: tokens[e - 1]!.end };
    clauseEnd = tokens[comma]!.start;
  } else return undefined;
  const opening = tokens[0]!;
  // A quotation before the attribution is read by the quote finder.
  if (quotes.some((q) => q.start <= opening.start + 1 && q.end >= clauseEnd - 2)) return undefined;
  const clause = trimClause(text, sentence.start, clauseEnd);
  if (!clause || wordCount(text, clause) < 3) return undefined;
  return { clause, subject };
}

function accordingTo(text: string, tokens: readonly Token[], i: number, sentence: Span): ReportedSpeech | undefined {
  let e = i + 2;
  while (e < tokens.length && tokens[e]!.text !== "," && tokens[e]!.text !== "." && tokens[e]!.text !== ";") e++;
  if (e === i + 2) return undefined;
  const subject = { start: tokens[i + 2]!.start, end: tokens[e - 1]!.end };
  const attribution = { start: tokens[i]!.start, end: subject.end };
  if (i === 0 || (i === 1 && !tokens[0]!.word)) {
    const clause = trimClause(text, tokens[e]?.text === "," ? tokens[e + 1]?.start ?? sentence.end : sentence.end, sentence.end);
    return clause && wordCount(text, clause) >= 3 ? { clause, subject, cue: "according to", attribution, participle: false } : undefined;
  }
  if (tokens[i - 1]?.text !== ",") return undefined;
  // "X said that …, according to Y": X's own cue reports the clause; Y only sourced it.
  if (tokens.slice(0, i).some((t, j) => FINITE_CUES.has(t.lower) && tokens[j + 1]?.lower === "that")) return undefined;
  const clause = trimClause(text, sentence.start, tokens[i - 1]!.start);
  return clause && wordCount(text, clause) >= 3 ? { clause, subject, cue: "according to", attribution, participle: false } : undefined;
}

/** Trims spaces, a leading "that", and trailing punctuation other than closing quotes. */
export function trimClause(text: string, start: number, end: number): Span | undefined {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:—–-]/.test(text[end - 1]!)) end--;
  if (/^that\s/i.test(text.slice(start, start + 5))) start += 5;
  return end > start ? { start, end } : undefined;
}

export const wordCount = (text: string, span: Span): number => (text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
