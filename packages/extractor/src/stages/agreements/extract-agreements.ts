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
const PARTY_WINDOW = { before: 80, after: 120 };

const family = (t: AgreementType) => (FORMAL.has(t) ? "formal" : t);
const partyNames = (countries: readonly CountryMention[]) => [...new Set(countries.filter((c) => !c.speaker && !c.mediator).map((c) => c.name))];

// A subordinate clause after the noun tells something else ("... since Russia launched its invasion of Ukraine").
const SUBORDINATE = /\b(?:since|because|after|before|when|while|although|though)\b/;

/** The words around an agreement noun where its parties are named. */
function partyWindow(text: string, m: AgreementMention): Span {
  const end = Math.min(m.clause.end, m.end + PARTY_WINDOW.after);
  const cut = SUBORDINATE.exec(text.slice(m.end, end));
  return { start: Math.max(m.clause.start, m.start - PARTY_WINDOW.before), end: cut ? m.end + cut.index : end };
}

const countriesAround = (text: string, m: AgreementMention): CountryMention[] => countriesIn(text, partyWindow(text, m));

function joins(group: Group, m: AgreementMention, countries: readonly CountryMention[]): boolean {
  const first = group.mentions[0]!;
  if (family(first.agreementType) !== family(m.agreementType)) return false;
  const proper = group.properName;
  if (proper && m.properName) return proper.toLowerCase() === m.properName.toLowerCase();
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
function nameOf(group: Group, agreementType: AgreementType, actorParties: readonly string[], article?: string): string {
  const proper = group.mentions.find((m) => m.properName)?.properName;
  if (proper) return proper;
  const countries = partyNames(group.countries);
  const parties = (countries.length ? countries : [...new Set(actorParties)]).sort();
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
      if (actor.actorType === "country") role = asCountry?.mediator ? "mediator" : asCountry?.speaker ? undefined : "party";
      else if (signing) role = "signatory";
      if (!role || out.some((p) => p.actor === am.actor && p.role === role)) continue;
      out.push({ actor: am.actor, role, start: am.start, end: am.end });
    }
  }
  return out;
}

export function extractAgreements(input: AgreementsInput): ArticleAgreement[] {
  const { text } = input;
  const groups: Group[] = [];
  for (const m of findAgreementMentions(text, input.sentences, input.skip ?? [])) {
    const countries = countriesAround(text, m);
    let group = groups.findLast((g) => joins(g, m, countries));
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
    return {
      name: nameOf(group, agreementType, actorParties, input.article),
      agreementType,
      status,
      statusHistory: history,
      mentions: group.mentions,
      parties,
    };
  });
}
