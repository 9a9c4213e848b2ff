// Finds event triggers clause by clause and keeps those that state an occurrence: not negated, not
// hypothetical, and, for ambiguous words, only with the context that makes them an event of that type.
import type { EventType } from "@newsgraph/graph-model";
import type { Sentence, Span } from "../../document/types";
import {
  AGREEMENT_WORDS,
  DEFINITE,
  IRREALIS,
  MILITARY,
  NEGATION,
  SUPPLIES,
  TROOPS,
  WEAPONS,
  triggerIndex,
  type TriggerForm,
} from "./lexicon";
import { SpanIndex } from "./span-index";
import { clauses, isHeadlineLike, sentencesPerParagraph, stripPossessive, tokenize, type Token } from "./text";

export interface TriggerMention extends Span {
  eventType: EventType;
  lemma: string;
  /** The trigger as written. */
  text: string;
  sentence: number;
  clause: Span;
  /** A headline or caption line, which repeats the body. */
  headline: boolean;
  /** "the attack", "its offensive": a noun that refers back to an event already told. */
  backReference: boolean;
  /** "Ukraine's drone attack" with nothing after it: refers back when the name was in the event told before. */
  possessive: boolean;
}

interface Context {
  tokens: readonly Token[];
  i: number;
  form: TriggerForm;
  /** Tokens of the sentences before and of this one, for "a second was destroyed" after "three drones". */
  previous: readonly Token[];
}

const has = (tokens: readonly Token[], words: ReadonlySet<string>, skip?: Span) =>
  tokens.some((t) => words.has(stripPossessive(t.lower)) && !(skip && t.start >= skip.start && t.end <= skip.end));
const after = (c: Context, n: number) => c.tokens.slice(c.i + c.form.words.length, c.i + c.form.words.length + n);
const before = (c: Context, n: number) => c.tokens.slice(Math.max(0, c.i - n), c.i);
const isVerbForm = (word: string) => /(ed|ing|s)$/.test(word) || ["struck", "hit", "shot", "sent", "brought", "blew", "blown", "took", "taken", "made", "won", "quit", "met"].includes(word);

const PROPOSING = new Set(["demand", "demands", "demanded", "urge", "urges", "urged", "call", "calls", "called", "seek", "seeks", "want", "wants", "ready", "open", "willing", "if", "unless", "could", "might", "enter", "entering", "start", "choice", "refuse", "refused", "rejected", "ruled", "declined"]);
const EXPLOSIVE_CONTEXT = new Set(["explosion", "explosions", "blast", "blasts", "bomb", "bombs", "sabotage", "bridge", "bridges", "building", "tower", "railway", "rail", "pipeline", "dam"]);
const MEET_OBJECTS = new Set(["demand", "demands", "needs", "requirements", "target", "targets", "criteria", "deadline", "expectations", "standards", "conditions"]);
const NOUN_BEFORE = new Set(["the", "a", "an", "of", "via", "through", "behind", "in", "its", "their", "his", "her", "our"]);
const ORDINAL_SUBJECT = new Set(["one", "second", "third", "fourth", "fifth", "another", "rest", "all", "remaining", "others", "two", "three"]);
const IRREALIS_WINDOW = 6;
/** Words after which a base form is a verb ("will probe", "to probe"), not a noun ("a probe"). */
const VERB_SLOT = new Set(["to", "will", "would", "could", "should", "may", "might", "must", "can", "i", "we", "you", "he", "she", "they", "it"]);
const MODAL = new Set(["would", "could", "might", "may"]);
const CONDITIONAL = new Set(["if", "unless", "until", "whether"]);
/** Habits and generalities are not occurrences: "announcing drone attacks on a near-daily basis". */
const HABITUAL = /\b(?:on a (?:near-)?daily basis|near-daily|usually|regularly|routinely|constant|constantly|repeatedly|often|frequently)\b/i;
const NEGATION_WINDOW = 4;

/** The words before the trigger in the same stretch of text: a comma, colon or quote mark ends the stretch. */
function stretchBefore(c: Context, text: string, n: number): Token[] {
  const window = before(c, n);
  const triggerStart = c.tokens[c.i]!.start;
  let from = 0;
  for (let k = 0; k < window.length; k++) {
    const gap = text.slice(window[k]!.end, k + 1 < window.length ? window[k + 1]!.start : triggerStart);
    if (/[,;:“”"‘]|’(?!\p{L})/u.test(gap)) from = k + 1;
  }
  return window.slice(from);
}

/** Whether the words in front of the trigger make it unreal, negated, habitual or mere background. */
function unreal(c: Context, text: string): boolean {
  const type = c.form.eventType;
  if (before(c, NEGATION_WINDOW).some((t) => NEGATION.has(t.lower) || /n't$/.test(t.lower))) return true;
  // Conditions reach over the whole clause: "peace cannot be established until all territory captured ... is returned".
  if (before(c, c.i).some((t) => CONDITIONAL.has(t.lower))) return true;
  if (/\bin (?:the )?(?:case|event) of\b/i.test(text.slice(Math.max(c.tokens[0]!.start, c.tokens[c.i]!.start - 30), c.tokens[c.i]!.start))) return true;
  // "a Trump win in the election would be bad news": a noun that is the subject of a modal is not (yet) real.
  if (!/(ed|ing)$/.test(c.form.words[0]!) && after(c, 6).some((t) => MODAL.has(t.lower))) return true;
  if (HABITUAL.test(text.slice(c.tokens[0]!.start, c.tokens.at(-1)!.end))) return true;
  if (before(c, 3).some((t) => t.lower === "amid" || t.lower === "amidst")) return true;
  const cues = type === "meeting_talks" || type === "visit" ? PROPOSING : IRREALIS;
  const window = stretchBefore(c, text, IRREALIS_WINDOW);
  if (window.some((t) => cues.has(t.lower))) return true;
  // "to destroy Russian bombers": a purpose, not a result (planned meetings and visits still count).
  if (type !== "meeting_talks" && type !== "visit" && before(c, 1)[0]?.lower === "to" && !/(ed|ing)$/.test(c.form.words[0]!)) return true;
  return type !== "meeting_talks" && type !== "visit" && window.some((t) => t.lower === "discuss" || t.lower === "discussing" || t.lower === "possibility");
}

/** The event type a trigger states in its context, or undefined when the context rules it out. */
export function typeInContext(c: Context): EventType | undefined {
  const { tokens, form } = c;
  const word = form.words[0]!;
  const lemma = form.lemma;
  const triggerSpan: Span = { start: tokens[c.i]!.start, end: tokens[c.i + form.words.length - 1]!.end };
  const military = has(tokens, MILITARY, triggerSpan);
  const next = after(c, 6).map((t) => stripPossessive(t.lower));
  const prev = before(c, 1)[0]?.lower;
  switch (form.eventType) {
    case "attack":
      if (["hit", "pound", "storm", "shell", "raid", "target"].includes(lemma) && !military && !(lemma === "hit" && next[0] === "by")) return undefined;
      if (lemma === "target" && !isVerbForm(word)) return undefined;
      if (lemma === "launch") return before(c, 3).some((t) => WEAPONS.has(t.lower)) || next.some((w) => WEAPONS.has(w) || /^(attack|strike|offensive|invasion|assault|incursion|raid|barrage|bombardment)s?$/.test(w)) ? "attack" : undefined;
      if (lemma === "invasion") return undefined; // an invasion counts where it is launched, not wherever it is named
      if (lemma === "strike" && prev && ["hunger", "general", "labour", "labor", "workers"].includes(prev)) return undefined;
      if (lemma === "assault" && prev === "sexual") return "legal_action";
      // "the besieged city" is a state, not a new siege.
      if ((lemma === "besiege" || lemma === "siege") && prev && NOUN_BEFORE.has(prev) && /ed$/.test(word)) return undefined;
      // "fire at the drone": shooting at what was launched is air defence.
      if ((lemma === "fire at" || lemma === "fire on") && next.slice(0, 3).some((w) => WEAPONS.has(w))) return "interception";
      return "attack";
    case "interception":
      if (lemma === "destroy" || lemma === "neutralise" || lemma === "neutralize" || lemma === "repel" || lemma === "repulse") {
        if (has(tokens, WEAPONS)) return "interception";
        const subject = before(c, 3).map((t) => t.lower);
        return subject.some((w) => ORDINAL_SUBJECT.has(w)) && has(c.previous, WEAPONS) ? "interception" : undefined;
      }
      return "interception";
    case "explosion_sabotage":
      if ((lemma === "blow up" || lemma === "blown up") && next.slice(0, 3).some((w) => WEAPONS.has(w))) return "interception";
      if (lemma === "bring down" && !has(tokens, EXPLOSIVE_CONTEXT) && !has(tokens, WEAPONS)) return undefined;
      return "explosion_sabotage";
    case "casualties":
      if (lemma === "body" && !tokens.some((t) => /^(recovered|found|pulled|retrieved|discovered|identified)$/.test(t.lower))) return undefined;
      if (lemma === "death" && next[0] && /^(penalty|sentence|threats?)$/.test(next[0])) return undefined;
      return "casualties";
    case "closure_restriction":
      if (lemma === "suspend" && has(tokens, AGREEMENT_WORDS)) return undefined; // an agreement action instead
      if (lemma === "close") {
        if (word === "close" && prev !== "to") return undefined;
        if (prev && NOUN_BEFORE.has(prev)) return undefined; // "via closed channels"
      }
      return "closure_restriction";
    case "territorial_capture":
      if (lemma === "advance" && (prev === "in" || !military)) return undefined;
      if ((lemma === "take over" || lemma === "occupy") && !military) return undefined;
      if (lemma === "occupy" && prev && NOUN_BEFORE.has(prev)) return undefined; // "the occupied territories" is a state
      return "territorial_capture";
    case "meeting_talks":
      if (lemma === "meet") {
        if (next.slice(0, 3).some((w) => MEET_OBJECTS.has(w))) return undefined;
        const following = after(c, 3);
        const withSomeone = following.some((t) => t.lower === "with") || (following[0] && /^\p{Lu}/u.test(following[0].text) && !/['’]s$/.test(following[0].text));
        return withSomeone ? "meeting_talks" : undefined;
      }
      return "meeting_talks";
    case "agreement_action": {
      if (lemma === "ratification") return undefined;
      const objectIsAgreement = has(tokens, AGREEMENT_WORDS) || (next[0] === "it" && has(c.previous.concat(tokens), AGREEMENT_WORDS));
      return objectIsAgreement ? "agreement_action" : undefined;
    }
    case "election":
      if (lemma === "win" && !tokens.some((t) => /^(elections?|vote|votes|ballot|presidency|race|polls?)$/.test(t.lower))) return undefined;
      return "election";
    case "legal_action":
      if (lemma === "charge" && (prev === "in" || prev === "took" || prev === "take")) return undefined;
      if (lemma === "sentence" && !/^sentenc(ed|ing)$/.test(word)) return undefined;
      // "a probe into the contract" is an investigation; "to probe the question" is not.
      if (lemma === "probe" && (!/^probes?$/.test(word) || (prev !== undefined && VERB_SLOT.has(prev)))) return undefined;
      return "legal_action";
    case "deployment_mobilization":
      if (lemma === "send" || lemma === "scramble") return next.some((w) => TROOPS.has(w)) ? "deployment_mobilization" : undefined;
      if (lemma === "station" && !/^station(ed|ing)$/.test(word)) return undefined;
      return "deployment_mobilization";
    case "visit":
      return "visit";
    case "evacuation":
      return "evacuation";
    case "resignation_appointment":
      return "resignation_appointment";
    case "aid_supply":
      if (!["supply", "provide", "deliver", "send", "donate"].includes(lemma) || !isVerbForm(word) && word !== lemma) return undefined;
      if (next.some((w) => TROOPS.has(w))) return undefined;
      return next.some((w) => SUPPLIES.has(w)) ? "aid_supply" : undefined;
  }
  return undefined;
}

/** Whether a noun trigger is preceded by a determiner that points back to an event already told. */
function refersBack(c: Context): boolean {
  const w = before(c, 3).map((t) => t.lower);
  // A possessive name ("Russia's missile strike on ...") usually introduces; "its attack" refers back.
  const det = w.findLast((x) => DEFINITE.has(x));
  if (!det) return false;
  // "the largest ever drone strike" introduces; "the attack", "Ukraine's drone attack" refer back.
  return !w.some((x) => /est$/.test(x) && x !== "latest");
}

/** "as a result of Ukraine's drone attack." — but not "Russia's missile strike on a training ground", which is new. */
function possessiveWithoutComplement(c: Context): boolean {
  const w = before(c, 3);
  if (!w.some((t) => /['’]s$/.test(t.text))) return false;
  return !/^(on|against|at|in|near|targeting)$/.test(after(c, 1)[0]?.lower ?? "");
}

/** "A boy died in the strike", "those injured in the shelling": the toll of an attack already told. */
function tollOfToldAttack(text: string, clause: Span): boolean {
  return /\b(?:in|during|by|after|from) the (?:\w+ )?(?:attack|strike|shelling|bombing|bombardment|raid|barrage|blast|explosion)s?\b/i.test(text.slice(clause.start, clause.end));
}

/** "He was killed in ...": a death told of someone already introduced, usually already told. */
function pronounSubject(c: Context): boolean {
  const w = before(c, 4).map((t) => t.lower);
  return w.length >= 2 && /^(he|she|they)$/.test(w.at(-2) ?? "") && /^(was|were)$/.test(w.at(-1) ?? "");
}

/** Every trigger that states an event, at most one per type and clause (the first). */
export function findTriggers(text: string, sentences: readonly Sentence[], skip: readonly Span[] = [], repeats: readonly Span[] = []): TriggerMention[] {
  const index = triggerIndex();
  const out: TriggerMention[] = [];
  let previous: readonly Token[] = [];
  const recent: (readonly Token[])[] = [];
  const skipped = new SpanIndex(skip), repeated = new SpanIndex(repeats);
  const paragraphSizes = sentencesPerParagraph(sentences);
  for (const sentence of sentences) {
    if (skipped.anyContaining(sentence)) continue;
    const headline = isHeadlineLike(text, sentence, paragraphSizes) || repeated.anyContaining(sentence);
    const sentenceTokens = tokenize(text, sentence);
    const context = previous.concat(sentenceTokens);
    for (const clause of clauses(text, sentence)) {
      const tokens = tokenize(text, clause);
      const seen = new Set<EventType>();
      for (let i = 0; i < tokens.length; i++) {
        for (const form of index.get(stripPossessive(tokens[i]!.lower)) ?? []) {
          if (!form.words.every((w, k) => (k === 0 ? stripPossessive(tokens[i]!.lower) : tokens[i + k]?.lower) === w)) continue;
          const c: Context = { tokens, i, form, previous: context };
          const eventType = typeInContext(c);
          if (!eventType || seen.has(eventType) || unreal(c, text)) continue;
          seen.add(eventType);
          const start = tokens[i]!.start, end = tokens[i + form.words.length - 1]!.end;
          out.push({
            eventType,
            lemma: form.lemma,
            text: text.slice(start, end),
            start,
            end,
            sentence: sentence.index,
            clause,
            headline,
            backReference: (!/(ed|ing)$/.test(form.words[0]!) && refersBack(c)) || (eventType === "casualties" && (pronounSubject(c) || tollOfToldAttack(text, clause))),
            possessive: !/(ed|ing)$/.test(form.words[0]!) && possessiveWithoutComplement(c),
          });
        }
      }
    }
    recent.push(sentenceTokens);
    previous = recent.slice(-3).flat();
  }
  return out;
}
