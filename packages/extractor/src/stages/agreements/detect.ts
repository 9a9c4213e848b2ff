// Agreement mentions: the nouns that name one ("treaty", "ceasefire", "arms negotiations"), what each is about,
// the status its clause states, the countries around it, and whether it refers back to one already named.
import type { AgreementStatus } from "@newsgraph/graph-model";
import type { Sentence, Span } from "../../document/types";
import { leadingCountryName, leadingDemonym, countryByCapital } from "../../lexicons/countries";
import { SpanIndex } from "../events/span-index";
import { clauses, stripPossessive, tokenize, type Token } from "../events/text";
import { AGREEMENT_NOUNS, MEDIATION, NEGOTIATION_NOUNS, STATUS_CUES, TOPICS, WEAK_NOUNS } from "./lexicon";
import type { AgreementMention } from "./types";

export interface CountryMention extends Span {
  name: string;
  /** Followed by a reporting verb: the source of the news, not a party. */
  speaker: boolean;
  /** Pushing, brokering or hosting: a go-between. */
  mediator: boolean;
  /** Part of a person's title ("German Chancellor Olaf Scholz defended the deal"): not a party unless it agrees or signs. */
  bystander?: boolean;
}

const DETERMINERS = new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her", "such", "same"]);
// "Qatar said", "Qatar's foreign ministry said", "Egyptian officials have said": the source of the news.
const SPEECH = /^\s*(?:(?:foreign|defence|defense|interior|ministry|government|officials?|spokes\w+|authorities|media|military|army|has|have|had|also|later|repeatedly|previously)\s+){0,3}(?:says|said|say|told|reports?|reported|warned|claims?|claimed|announce[sd]?|confirm(?:s|ed)?|stated?)\b/i;
/** "…, says Qatar", "according to Egypt". */
const SPEECH_BEFORE = /\b(?:says|said|according to)\s+(?:the\s+)?$/i;
/** "brokered by Riyadh and Washington", "mediated by Qatar". */
const MEDIATED_BY = /\b(?:brokered|mediated|hosted|facilitated|negotiated)\s+by\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*\s*(?:and|,)\s+)?(?:the\s+)?$/iu;
/** "the Saudi city of Jeddah": a demonym that only locates. */
const PLACE_AFTER = /^\s+(?:city|capital|port|town|village|coast|border|region|province|side of)\b/i;
/** "WASHINGTON (AP) -": the place a story was filed from. */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]/;
const DESCRIBES_NAME = /^\s+(?:[\p{Ll}-]+\s+){1,3}\p{Lu}/u;
/** Verbs by which a titled person's country commits to an agreement. */
const COMMITS = /\b(?:sign\w*|agree\w*|reach\w*|ratif\w*|seal\w*|struck|strike|conclud\w*)\b/i;
const TOPIC_WINDOW = 8;
const MODAL_BEFORE = /\b(?:would|will|could|might|may|to)\s+(?:\w+\s+)?$/i;
const VERB_BEFORE = new Set(["to", "must", "will", "can", "could", "would", "should", "cannot", "we", "they", "you", "i", "he", "she", "it", "'ll", "not", "also"]);

/** The status a clause states for the agreement in it ("won't be restored" → not_restored). */
export function statusOf(clauseText: string): AgreementStatus {
  for (const [cue, status] of STATUS_CUES) {
    const m = cue.exec(clauseText);
    if (!m) continue;
    // "the treaty would expire in 2026" states no status yet (the "won't be restored" cue carries its own modal).
    if (status !== "not_restored" && status !== "proposed" && MODAL_BEFORE.test(clauseText.slice(Math.max(0, m.index - 25), m.index))) continue;
    return status;
  }
  return "unknown";
}

/** Countries named in a span by name, demonym or capital, with their part in the sentence. */
export function countriesIn(text: string, span: Span): CountryMention[] {
  const tokens = tokenize(text, span);
  const out: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    const words = tokens.slice(i, i + 5).map((t) => stripPossessive(t.text.replace(/’/g, "'")));
    // A capital stands for its government ("Moscow said"), except where it is a place ("talks in Doha").
    // "regulators in Brussels and Washington": every place of a list after the preposition.
    const located = /\b(?:in|at|to|from|near|over|outside|into)\s+(?:\p{Lu}[\p{L}.'’-]*\s*(?:and|,)\s+)?$/iu.test(text.slice(Math.max(span.start, tokens[i]!.start - 40), tokens[i]!.start));
    const capital = !located && countryByCapital(words[0]!);
    const byName = leadingCountryName(words);
    const demonym = byName ? undefined : leadingDemonym(words);
    const found = byName ?? demonym ?? (capital ? { entry: capital, length: 1 } : undefined);
    if (!found) continue;
    const last = tokens[i + found.length - 1]!;
    const rest = text.slice(last.end, Math.min(span.end, last.end + 60));
    if (PLACE_AFTER.test(rest) || DATELINE_AFTER.test(rest) && tokens[i]!.text === tokens[i]!.text.toUpperCase()) continue;
    const before = text.slice(Math.max(span.start, tokens[i]!.start - 60), tokens[i]!.start);
    const titled = /^(?:['’]s)?\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:president|prime minister|chancellor|minister|king|leader|secretary|foreign minister|envoy|ambassador)\b/iu.test(rest);
    // "U.S. President Donald Trump's push for a deal": the words up to the verb belong to the same noun phrase.
    const phrase = /^\.?(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}.'’-]*|president|leader|minister|government))*(?:['’]s)?/u.exec(rest)?.[0] ?? "";
    const after = rest.slice(phrase.length);
    out.push({
      name: found.entry.name,
      start: tokens[i]!.start,
      end: last.end,
      // "…, says Qatar." names the source; "says Qatar is brokering …" names the subject of what is said.
      speaker: SPEECH.test(after) || (SPEECH_BEFORE.test(before) && /^(?:['’]s\s+[\p{Ll} ]+)?\s*(?:[,.;:"”]|$|on\b|in\b|late\b|early\b)/u.test(rest)),
      // "Qatar brokered ...", "Egypt and Qatar, which are mediating, said ...", "brokered by Riyadh"
      mediator: MEDIATED_BY.test(before) || (!SPEECH.test(after) && MEDIATION.test(after.replace(/^\s*,\s*(?:which|who)\s+(?:is|are|was|were|has been|have been)\s+/, " ").split(/[,;]/)[0]!.trim().split(/\s+/).slice(0, 3).join(" "))),
      // "Finnish game developer Northlight Games": a demonym describing a named actor, not a party.
      ...((titled && !COMMITS.test(rest)) || (!titled && !!demonym && DESCRIBES_NAME.test(rest)) ? { bystander: true } : {}),
    });
    i += found.length - 1;
  }
  // "Egypt and Qatar, which are mediating": what is said of the last of a list is said of all of it.
  for (let k = out.length - 2; k >= 0; k--) {
    if (!/^\s*(?:and|,)\s*(?:the\s+)?$/.test(text.slice(out[k]!.end, out[k + 1]!.start))) continue;
    out[k]!.speaker ||= out[k + 1]!.speaker;
    out[k]!.mediator ||= out[k + 1]!.mediator;
  }
  return out;
}

function topicNear(text: string, tokens: readonly Token[], i: number, length: number, lookAhead: boolean): string | undefined {
  for (const back of [1, 2]) {
    const t = tokens[i - back];
    if (t && TOPICS[t.lower]) return TOPICS[t.lower];
  }
  // Only a complement says what it is about: "a treaty on ...", "a deal to export grain", "the deal that allowed ...".
  if (!lookAhead || !/^(?:on|to|that|for|over|covering|allowing|which)$/.test(tokens[i + length]?.lower ?? "")) return undefined;
  // What follows the noun, up to the next comma or "and": "a deal to export grain", not "... and the return of prisoners".
  const after = tokens[i + length - 1]!.end;
  const stop = /[,;]|\band\b/.exec(text.slice(after, after + 200))?.index ?? 200;
  const window = tokens.slice(i + length, i + length + TOPIC_WINDOW).filter((t) => t.start < after + stop).map((t) => t.lower);
  const nextNoun = window.findIndex((w) => AGREEMENT_NOUNS[w]);
  const ahead = nextNoun >= 0 ? window.slice(0, nextNoun) : window;
  const end = ahead.findIndex((w, k) => k > 0 && (w === "war" || w === "conflict" || w === "fighting") && ahead.slice(0, k).includes("end"));
  if (end >= 0) return "peace";
  return ahead.map((w) => TOPICS[w]).find(Boolean);
}

const ACQUISITION_NOUNS = new Set(["acquisition", "merger", "takeover"]);
const PURCHASE_VERBS = new Set(["acquire", "buy", "purchase"]);
const NAME_STOP = new Set(["The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "But", "And"]);

/**
 * The agreement's own name, when capitalised words stand right before the noun ("the New START treaty", "the
 * Abraham Accords"); a list of countries ("the Russia-Iran treaty") is no name.
 */
function properNameOf(text: string, tokens: readonly Token[], i: number): string | undefined {
  let k = i;
  while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.text) && !NAME_STOP.has(tokens[k - 1]!.text) && !/['’]s$/.test(tokens[k - 1]!.text)) k--;
  if (k === i) return undefined;
  const words = tokens.slice(k, i).map((t) => t.text);
  const countries = words.flatMap((w) => w.split(/[-–]/)).every((w) => leadingCountryName([w]) || leadingDemonym([w]) || countryByCapital(w));
  if (countries) return undefined;
  return text.slice(tokens[k]!.start, tokens[i]!.end);
}

/** "agreement … to extend the humanitarian truce": a generic noun whose complement names a specific agreement. */
function extendsAnother(tokens: readonly Token[], i: number): boolean {
  const to = tokens.slice(i + 1, i + 8).findIndex((t) => t.lower === "to");
  if (to < 0) return false;
  const from = i + 1 + to + 1;
  return tokens.slice(from + 1, from + 5).some((t) => {
    const type = AGREEMENT_NOUNS[stripPossessive(t.lower)];
    return !!type && type !== "other" && type !== "deal";
  });
}

/** Agreement mentions in the readable sentences of an article. */
export function findAgreementMentions(text: string, sentences: readonly Sentence[], skip: readonly Span[] = []): AgreementMention[] {
  const out: AgreementMention[] = [];
  const skipped = new SpanIndex(skip);
  for (const sentence of sentences) {
    if (skipped.anyContaining(sentence)) continue;
    for (const clause of clauses(text, sentence)) {
      const tokens = tokenize(text, clause);
      for (let i = 0; i < tokens.length; i++) {
        const word = stripPossessive(tokens[i]!.lower);
        // Most words name no agreement: one look-up each before anything else.
        if (!AGREEMENT_NOUNS[word] && !NEGOTIATION_NOUNS.has(word) && !PURCHASE_VERBS.has(word)) continue;
        const prev = tokens[i - 1]?.lower, next = tokens[i + 1]?.lower;
        let agreementType = AGREEMENT_NOUNS[word];
        let topic: string | undefined;
        let start = tokens[i]!.start;
        if (!agreementType && NEGOTIATION_NOUNS.has(word) && prev && TOPICS[prev] && TOPICS[prev] !== "partnership") {
          agreementType = "deal"; // "arms negotiations", "peace talks": the deal being negotiated
          topic = TOPICS[prev];
          start = tokens[i - 1]!.start;
        }
        // "agreed to acquire X", "agreed to buy X": a business deal named by its verb.
        if (!agreementType && PURCHASE_VERBS.has(word) && prev === "to" && tokens.slice(Math.max(0, i - 5), i - 1).some((t) => /^(agreed|agrees|agree)$/.test(t.lower))) {
          agreementType = "deal";
          topic = "acquisition";
        }
        if (agreementType && ACQUISITION_NOUNS.has(word)) topic = "acquisition";
        if (!agreementType) continue;
        // "must deal with", "a great deal": the verb and the quantity, not an agreement.
        if ((word === "deal" || word === "deals") && ((next === "with" && VERB_BEFORE.has(prev ?? "")) || prev === "great" || prev === "good")) continue;
        if (word.startsWith("agreement") && prev === "in") continue;
        if (prev === "any" || prev === "no") continue; // "would not accept any deal": no agreement in particular
        // "an agreement has been reached to extend the truce": the truce is the agreement, named by its own noun.
        if ((agreementType === "other" || agreementType === "deal") && extendsAnother(tokens, i)) continue;
        topic ??= topicNear(text, tokens, i, 1, agreementType !== "ceasefire");
        const determiner = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower).findLast((w) => DETERMINERS.has(w) || w === "a" || w === "an");
        const properName = properNameOf(text, tokens, i);
        const status = statusOf(text.slice(clause.start, clause.end));
        if (WEAK_NOUNS.has(word) && status === "unknown" && !properName) continue;
        out.push({
          ...(properName ? { properName } : {}),
          noun: text.slice(start, tokens[i]!.end),
          agreementType,
          start,
          end: tokens[i]!.end,
          sentence: sentence.index,
          clause,
          status,
          ...(topic ? { topic } : {}),
          backReference: !!determiner && DETERMINERS.has(determiner),
        });
      }
    }
  }
  return out;
}
