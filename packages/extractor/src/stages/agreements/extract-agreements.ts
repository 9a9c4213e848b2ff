// The agreements of one article, as a pure function of its text, sentences and actor mentions: mentions
// grouped into agreements, each named from its parties, topic and type, with parties and status history.
import type { AgreementType, PartyRole } from "@newsgraph/graph-model";
import type { Sentence, Span } from "../../document/types";
import type { ActorMention, ArticleActor } from "../actors/types";
import { SpanIndex } from "../events/span-index";
import { findTime } from "../events/time";
import { countriesIn, findAgreementMentions, type CountryMention } from "./detect";
import { FORMAL, STATUS_RANK } from "./lexicon";
import type { AgreementMention, AgreementParty, ArticleAgreement } from "./types";

export interface AgreementsInput {
  text: string;
  sentences: readonly Sentence[];
  skip?: readonly Span[];
  actors?: readonly ArticleActor[];
  actorMentions?: readonly ActorMention[];
  published?: string;
  /** The article id, to qualify the name of an agreement without parties. */
  article?: string;
}

interface Group {
  mentions: AgreementMention[];
  countries: CountryMention[];
  // What joins() reads of all the mentions, kept up to date as they come, so a test does not go through them all.
  /** The first proper name among the mentions. */
  properName?: string;
  /** partyNames(countries), as a set. */
  parties: Set<string>;
  topics: Set<string>;
}

function addMention(group: Group, m: AgreementMention, countries: readonly CountryMention[]): void {
  group.mentions.push(m);
  group.countries.push(...countries);
  if (!group.properName && m.properName) group.properName = m.properName;
  for (const name of partyNames(countries)) group.parties.add(name);
  if (m.topic) group.topics.add(m.topic);
}

// Countries this far around the agreement noun are its parties (unless they only report or broker it).
const PARTY_WINDOW = { before: 120, after: 120 };

const family = (t: AgreementType) => (FORMAL.has(t) ? "formal" : t);
const partyNames = (countries: readonly CountryMention[]) => [...new Set(countries.filter((c) => !c.speaker && !c.mediator && !c.bystander).map((c) => c.name))];

// A subordinate clause after the noun tells something else ("... since Russia launched its invasion of Ukraine").
const SUBORDINATE = /\b(?:since|because|after|before|when|while|although|though)\b/;
const SUBORDINATE_BEFORE = /\b(?:once|until|unless|since|because|after|before|when|while|although|though)\b/g;

/** The words around an agreement noun where its parties are named. */
function partyWindow(text: string, m: AgreementMention): Span {
  const end = Math.min(m.clause.end, m.end + PARTY_WINDOW.after);
  const cut = SUBORDINATE.exec(text.slice(m.end, end));
  // "Israel would resume its offensive once the truce ends": the agreement is named in a clause of its own.
  const start = Math.max(m.clause.start, m.start - PARTY_WINDOW.before);
  const opener = [...text.slice(start, m.start).matchAll(SUBORDINATE_BEFORE)].at(-1);
  return { start: opener ? start + opener.index! : start, end: cut ? m.end + cut.index : end };
}

const countriesAround = (text: string, m: AgreementMention): CountryMention[] => countriesIn(text, partyWindow(text, m));

function joins(group: Group, m: AgreementMention, countries: readonly CountryMention[]): boolean {
  const first = group.mentions[0]!;
  if (family(first.agreementType) !== family(m.agreementType)) return false;
  const proper = group.properName;
  if (proper && m.properName) return proper.toLowerCase() === m.properName.toLowerCase();
  // "since the Activision deal": a named agreement is another one unless it shares a party with this one.
  if (!proper && m.properName && !partyNames(countries).some((c) => group.parties.has(c))) return false;
  const mine = partyNames(countries), theirs = group.parties;
  const shared = mine.filter((c) => theirs.has(c)).length;
  const topics = group.topics;
  // One treaty is described by several subjects ("strategic partnership", "mutual defence"); a deal by one.
  const topicClash = family(m.agreementType) !== "formal" && !!m.topic && topics.size > 0 && !topics.has(m.topic);
  if (!mine.length && !m.backReference) return !topicClash && (!m.topic || topics.size === 0 || topics.has(m.topic));
  if (shared >= Math.min(2, mine.length, theirs.size) && shared > 0) return !topicClash || shared >= 2;
  if (topicClash) return false;
  if (m.topic && topics.has(m.topic)) return true;
  return m.backReference && (shared > 0 || !mine.length || !theirs.size);
}

/**
 * The agreement's name: its own, else its parties (countries, or the other actors that are party to it),
 * topic and type. With no party to tell it apart, "peace deal" would merge every peace deal of the corpus,
 * so the article id qualifies it.
 */
function nameOf(group: Group, agreementType: AgreementType, actorParties: readonly string[], article?: string, otherParties: readonly string[] = []): string {
  const proper = group.mentions.find((m) => m.properName)?.properName;
  if (proper) return proper;
  const countries = partyNames(group.countries);
  const parties = [...new Set(countries.length ? [...countries, ...otherParties] : actorParties)].sort();
  const topic = group.mentions.find((m) => m.topic)?.topic;
  const typeWord = agreementType === "other" ? "agreement" : agreementType;
  // Formal texts are named by their parties alone: articles describe the same treaty by different subjects.
  const subject = parties.length >= 2 && FORMAL.has(agreementType) ? "" : topic ? `${topic} ` : "";
  if (parties.length) return `${parties.join("–")} ${subject}${typeWord}`;
  return article ? `${subject}${typeWord} (${article})` : `${subject}${typeWord}`;
}

function partiesOf(text: string, group: Group, byKey: ReadonlyMap<string, ArticleActor>, mentions: SpanIndex<ActorMention>): AgreementParty[] {
  const out: AgreementParty[] = [];
  for (const m of group.mentions) {
    const clauseText = text.slice(m.clause.start, m.clause.end);
    const signing = /\bsign\w*|\bratif\w*|\bendors\w*/i.test(clauseText);
    const window = partyWindow(text, m);
    const countries = countriesIn(text, window);
    for (const am of mentions.withinInInputOrder(window)) {
      const actor = byKey.get(am.actor);
      if (!actor) continue;
      const asCountry = countries.find((c) => c.start < am.end && c.end > am.start);
      let role: PartyRole | undefined;
      // A country the detector passed over (a place: "the Saudi city of Jeddah") is no party either.
      if (actor.actorType === "country") role = !asCountry || asCountry.speaker || asCountry.bystander ? undefined : asCountry.mediator ? "mediator" : "party";
      else if (signing) role = "signatory";
      else if (agreesOrBetween(text, am)) role = "party";
      if (!role || out.some((p) => p.actor === am.actor && p.role === role)) continue;
      out.push({ actor: am.actor, role, start: am.start, end: am.end });
    }
  }
  return out;
}

const AGREE_VERB = String.raw`(?:have\s+|has\s+|had\s+)?(?:agreed|agrees?|signed|signs?|reached|reach|struck|sealed|accepted|accept)\b`;
/** "agreed to acquire Finnish game developer Northlight Games": the company bought is a party to the deal. */
const BOUGHT_BEFORE = /\b(?:acquire|buy|purchase|take over|merge with|acquisition of|takeover of|merger with|purchase of)\s+(?:[\p{L}-]+\s+){0,4}$/u;
const CONJUNCT = String.raw`(?:the\s+)?(?:\p{Ll}+\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*`;
/** "Israel and Hamas have agreed": the actor or its partner is the subject of an agreeing verb. */
const AGREES_AFTER = new RegExp(String.raw`^(?:['’]s\s+\p{Ll}+)?(?:\s*\([^)]*\))?(?:\s+and\s+${CONJUNCT}(?:\s*\([^)]*\))?)?\s+${AGREE_VERB}`, "u");
const PARTNER_BEFORE = new RegExp(String.raw`${CONJUNCT}(?:['’]s\s+\p{Ll}+)?\s+and\s+(?:the\s+)?(?:\p{Ll}+\s+)?$`, "u");
const AGREES_RIGHT_AFTER = new RegExp(String.raw`^(?:\s*\([^)]*\))?\s+${AGREE_VERB}`, "u");
const BETWEEN_BEFORE = new RegExp(String.raw`\bbetween\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+and\s+)?(?:the\s+)?$`, "u");

/** An actor other than a country is a party when it agrees with another or the agreement is between them. */
function agreesOrBetween(text: string, m: Span): boolean {
  const after = text.slice(m.end, m.end + 80);
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (BETWEEN_BEFORE.test(before)) return true;
  if (AGREES_AFTER.test(after) || BOUGHT_BEFORE.test(before)) return true;
  return PARTNER_BEFORE.test(before) && AGREES_RIGHT_AFTER.test(after);
}

export function extractAgreements(input: AgreementsInput): ArticleAgreement[] {
  const { text } = input;
  const groups: Group[] = [];
  for (const m of findAgreementMentions(text, input.sentences, input.skip ?? [])) {
    const countries = countriesAround(text, m);
    // "The agreement, brokered by …", "defended the deal": a generic word with no parties of its own points back
    // to the story's agreement — the first one without a name of its own ("since the Activision deal" is a comparison).
    const generic = m.backReference && (m.agreementType === "other" || m.agreementType === "deal") && !m.topic && !m.properName && !partyNames(countries).length;
    // A mention about the same subject ("the acquisition") joins that subject's agreement before any later one.
    const sameTopic = m.topic ? groups.findLast((g) => g.topics.has(m.topic!) && joins(g, m, countries)) : undefined;
    let group = generic ? groups.find((g) => !g.properName) ?? groups.at(-1) : sameTopic ?? groups.findLast((g) => joins(g, m, countries));
    if (!group) groups.push((group = { mentions: [], countries: [], parties: new Set(), topics: new Set() }));
    addMention(group, m, countries);
  }
  const actors = new Map((input.actors ?? []).map((a) => [a.key, a]));
  const actorMentions = new SpanIndex(input.actorMentions ?? []);
  return groups.map((group) => {
    const agreementType = group.mentions.find((m) => m.agreementType !== "other")?.agreementType ?? "other";
    const history: string[] = [];
    let status = group.mentions[0]!.status;
    for (const m of group.mentions) {
      if (m.status === "unknown") continue;
      const date = findTime(text, m.clause, input.published)?.date;
      const entry = date ? `${date}:${m.status}` : m.status;
      if (!history.includes(entry)) history.push(entry);
      if (STATUS_RANK[m.status] > STATUS_RANK[status]) status = m.status;
    }
    const parties = partiesOf(text, group, actors, actorMentions);
    const actorParties = parties.filter((p) => p.role !== "mediator").flatMap((p) => actors.get(p.actor)?.name ?? []);
    // Parties that are not countries ("Hamas", "Northlight Games") name it along with the countries.
    const namedParties = parties.filter((p) => p.role === "party" && actors.get(p.actor)?.actorType !== "country").flatMap((p) => actors.get(p.actor)?.name ?? []);
    return {
      name: nameOf(group, agreementType, actorParties, input.article, namedParties),
      agreementType,
      status,
      statusHistory: history,
      mentions: group.mentions,
      parties,
    };
  });
}
