// Who is speaking: the words before (or after) a cue resolved to an actor of the article — a name, a
// description ("the mayor", "the governor of the Bryansk region"), a pronoun (the previous speaker of that
// kind), or a group ("officials", "Ukrainian media") that becomes an actor of its own.
import { normalizeName, type ActorType } from "@newsgraph/graph-model";
import type { Span } from "../../document/types";
import { tokenize, type Token } from "../../document/tokens";
import { countryByCapital, countryByCode, countryByDemonym, countryByName, type CountryEntry } from "../../lexicons/countries";
import { GROUP_HEADS, ORG_HEADS } from "../../lexicons/organizations";
import { PERSON_TITLES } from "../../lexicons/titles";
import { lexiconTags } from "../../lexicons/given-names";
import type { ActorMention, ActorsAnnotation, ArticleActor } from "../actors/types";
import { firstAfter, insertSorted, lastBefore, spansWithin } from "../../document/spans";
import { BARE_HEADS } from "../actors/plugin";
import { findInstitutions, institutionName } from "../actors/institutions";
import { descriptionAt, holdsTitle, matchesDescription, ORG_DESCRIPTION_HEADS } from "../coref/descriptions";

export interface SpokenBy {
  speakers: string[];
  /** A description with no actor yet ("an official in Moscow"): settled once later speakers are known. */
  pending?: { description: Span; person: boolean; qualified: boolean; head: string };
}

export interface HistoryEntry {
  speakers: string[];
  paragraph: number;
  statementEnd: number;
}

const PREPOSITIONS = new Set(["of", "for", "to", "with", "in", "by", "from", "on", "at", "about", "against", "over", "between"]);
const LEADING = /^(and|but|meanwhile|also|so|then|however|yet|now|separately|elsewhere|later|earlier)$/;
const QUANTIFIERS = /^(the|a|an|some|many|several|other|most|local|two|three|both|its|their)$/;
const GOVERNMENT_GROUPS = new Set(["officials", "investigators", "police", "prosecutors", "governors", "regional governors", "military officials", "security services", "emergency services", "rescuers"]);

/** What speaks for a person: "his office said", "her spokeswoman said". */
const OFFICE_WORDS = /^(office|spokesman|spokeswoman|spokesperson|aides?|government|administration|campaign|team|lawyers?|attorneys?|representatives?|press|staff)$/;

/** A person's gender as their given name tells it (compromise's lexicon of male and female names), if it does. */
function genderOf(actor: ArticleActor): "male" | "female" | undefined {
  if (actor.actorType !== "person") return undefined;
  const given = actor.name.split(/\s+/)[0]!.toLowerCase();
  const tags = lexiconTags(given);
  if (tags.includes("FemaleName") && !tags.includes("MaleName")) return "female";
  if (tags.includes("MaleName") && !tags.includes("FemaleName")) return "male";
  return undefined;
}

/** Capitalized words that are not names: days, months, sentence openers. */
const NOT_NAMES = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|but|and|then|when|while|after|before|asked|in|on|at|of|for|with|by|from|as|if|so|now|yet|also|however|meanwhile|still|later|earlier|news|press|party|house|senate|congress|times|post|street)$/;
const HONORIFIC_WORDS = /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?$/;

/** History entries looked at, at most, per question: speakers are recent or not at all. */
const HISTORY_LOOKBACK = 200;

export class SpeakerResolver {
  readonly history: HistoryEntry[] = [];
  private readonly byKey: Map<string, ArticleActor>;

  constructor(private readonly text: string, private readonly annotation: ActorsAnnotation) {
    this.byKey = new Map(annotation.actors.map((a) => [a.key, a]));
  }

  actor(key: string): ArticleActor | undefined {
    return this.byKey.get(key);
  }

  resolve(subject: Span, statement: Span, paragraph: number, sentence: Span = subject): SpokenBy | undefined {
    const tokens = tokenize(this.text, subject.start, subject.end);
    let i = 0;
    while (i < tokens.length && (LEADING.test(tokens[i]!.lower) || !tokens[i]!.word)) i++;
    const words = tokens.slice(i);
    if (!words.length) return undefined;
    const first = words[0]!;
    if (words.length <= 2 && /^(he|she|it|they|we)$/.test(first.lower)) return this.pronoun(first.lower, statement, paragraph, sentence, first.start);
    if (words.length <= 3 && /^(his|her)$/.test(first.lower) && OFFICE_WORDS.test(words.at(-1)!.lower)) return this.officeOf(statement, sentence, first.start);

    const institution = this.bareInstitution(tokens.slice(i), subject, sentence);
    if (institution) return { speakers: [institution] };
    const description = descriptionAt(this.text, tokens, i) ?? (first.lower === "the" ? undefined : descriptionAt(this.text, [{ ...first, end: first.start, text: "the", lower: "the", cap: false } as Token, ...words], 0));
    const named = this.namedIn({ start: first.start, end: subject.end }, tokens);
    // "A source with Ukraine’s SBU security service": a person described by an organization is not the organization.
    const describedPerson = description?.person && description.qualified && !named.some((k) => this.byKey.get(k)?.actorType === "person");
    if (named.length && !describedPerson) return { speakers: named };
    if (describedPerson) {
      const candidates = this.annotation.actors.filter((a) => matchesDescription(a, description!, this.text));
      const found = this.nearest(candidates, subject.start) ?? this.namedSoonAfter(description!.head, subject.end);
      return { speakers: [found ?? this.describedActor({ start: first.start, end: subject.end }, "person")] };
    }

    if (description && (description.person || ORG_DESCRIPTION_HEADS.has(description.head))) {
      const candidates = this.annotation.actors.filter((a) => matchesDescription(a, description, this.text));
      const nearest = this.nearest(candidates, subject.start);
      if (nearest) return { speakers: [nearest] };
      // "A Downing Street spokesperson said": someone new, who speaks for the organization named in the title.
      const employer = spansWithin(this.annotation.mentions, first.start, subject.end).find((m) => m.via === "name" && this.byKey.get(m.actor)?.actorType === "organization");
      if (description.person && /^(a|an)$/.test(first.lower) && employer) {
        const key = this.describedActor({ start: first.start, end: subject.end }, "person");
        this.byKey.get(key)!.affiliation ??= this.byKey.get(employer.actor)!.name;
        return { speakers: [key] };
      }
      if (description.person && description.qualified) {
        return { speakers: [this.namedSoonAfter(description.head, subject.end) ?? this.describedActor({ start: first.start, end: subject.end }, "person")] };
      }
      if (description.person) return { speakers: [], pending: { description: { start: first.start, end: subject.end }, person: true, qualified: false, head: description.head } };
    }
    const group = this.group(words, subject, statement);
    if (group) return { speakers: [group] };
    if (description) return { speakers: [this.describedActor({ start: first.start, end: subject.end }, description.person ? "person" : "organization")] };
    // "the Iranian atomic energy organisation": an institution described by its common name.
    if (first.lower === "the" && words.length <= 6 && ORG_HEADS.has(words.at(-1)!.lower) && words.slice(1).every((w) => w.word)) {
      return { speakers: [this.describedActor({ start: first.start, end: subject.end }, "organization")] };
    }
    const proper = this.properName(words);
    return proper ? { speakers: [proper] } : undefined;
  }

  /**
   * A speaker the actors stage did not know, named by capitalized words only ("Blackwell said", "Jane Roe
   * wrote"): an actor of its own, under the fullest form of the name the article writes ("Morton Blackwell").
   */
  private properName(words: readonly Token[]): string | undefined {
    const names = words.filter((w) => w.word);
    if (!names.length || names.length > 4 || words.length !== names.length && !words.every((w) => w.word || w.text === "." || w.text === "-")) return undefined;
    if (!names.every((w) => w.cap && !/^(he|she|it|they|we|i|you|the|a|an|this|that|these|those|his|her|its|their|our|my)$/.test(w.lower))) return undefined;
    if (names.some((w) => countryByName(w.text) || countryByDemonym(w.text) || NOT_NAMES.test(w.lower))) return undefined;
    const last = names.at(-1)!;
    if (PERSON_TITLES.has(last.lower) || ORG_DESCRIPTION_HEADS.has(last.lower) || last.text.length < 2) return undefined;
    const span = { start: names[0]!.start, end: last.end };
    const written = this.text.slice(span.start, span.end).replace(/^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+)+/, "");
    const full = this.fullNames().get(last.text);
    const name = full && full.endsWith(written) ? full : written;
    const organization = ORG_HEADS.has(last.lower);
    return this.ensureActor(name, organization ? "organization" : "person", span, undefined, this.text.slice(span.start, span.end));
  }

  private fullNameIndex: Map<string, string> | undefined;

  /** For each capitalized word that ends a run of capitalized words, the longest such run: found in one pass. */
  private fullNames(): Map<string, string> {
    if (this.fullNameIndex) return this.fullNameIndex;
    const index = new Map<string, string>();
    const run = /\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'’-]+){1,2}/gu;
    for (let m = run.exec(this.text); m; m = run.exec(this.text)) {
      const parts = m[0].split(/\s+/);
      if (parts.some((p) => NOT_NAMES.test(p.toLowerCase()) || PERSON_TITLES.has(p.toLowerCase()) || HONORIFIC_WORDS.test(p))) continue;
      const key = parts.at(-1)!;
      if ((index.get(key)?.length ?? 0) < m[0].length) index.set(key, m[0]);
    }
    this.fullNameIndex = index;
    return index;
  }

  /** Names in the subject that head it: not the object of a preposition ("a spokesperson for Putin") nor a modifier ("Trump adviser"). */
  private namedIn(span: Span, tokens: readonly Token[]): string[] {
    const inside = spansWithin(this.annotation.mentions, span.start, span.end).filter((m) => m.via !== "pronoun");
    const outer = inside.filter((m) => !inside.some((o) => o !== m && o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start)));
    const heads = outer.filter((m) => {
      const k = tokens.findIndex((t) => t.start === m.start);
      const prev = tokens[k - 1];
      const next = tokens.find((t) => t.start >= m.end && t.word);
      const nextIsPossessive = tokens.find((t) => t.start >= m.end)?.text.match(/^['’]s$/);
      if (prev && PREPOSITIONS.has(prev.lower)) return false;
      if (nextIsPossessive) return false;
      if (next && PERSON_TITLES.has(next.lower) && next.start - m.end <= 1) return false;
      return true;
    });
    if (!heads.length) return [];
    const people = heads.filter((m) => this.byKey.get(m.actor)?.actorType === "person");
    const chosen = people.length ? people : heads;
    // "Finland and Sweden said": every conjoined name speaks; otherwise the first.
    const conjoined = chosen.length > 1 && /\band\b/.test(this.text.slice(chosen[0]!.end, chosen[1]!.start));
    return [...new Set((conjoined ? chosen : chosen.slice(0, 1)).map((m) => m.actor))];
  }

  /**
   * "The air force said": the institution of this article already named with its country, else the country
   * named as a subject earlier in the sentence, else the country of the previous speaker, else the article's.
   */
  private bareInstitution(words: readonly Token[], subject: Span, sentence: Span): string | undefined {
    const match = findInstitutions(words).find((m) => m.definite && !m.place && m.kind === "institution" && BARE_HEADS.has(m.head) && m.start === words[1]?.start && m.end === subject.end);
    if (!match) return undefined;
    const existing = this.annotation.actors.filter((a) => a.actorType === "organization" && a.name.endsWith(` ${match.head}`));
    if (existing.length === 1) return this.ensureActor(existing[0]!.name, "organization", { start: words[0]!.start, end: match.end }, undefined, this.text.slice(words[0]!.start, match.end));
    const country = this.sentenceSubjectCountry(sentence, subject.start) ?? this.previousSpeakerCountry(subject.start) ?? (this.annotation.dominantCountry ? countryByCode(this.annotation.dominantCountry) : undefined);
    return this.ensureActor(institutionName(country, match.head), "organization", { start: words[0]!.start, end: match.end }, country, this.text.slice(words[0]!.start, match.end));
  }

  private sentenceSubjectCountry(sentence: Span, before: number): CountryEntry | undefined {
    const tokens = tokenize(this.text, sentence.start, before);
    const m = spansWithin(this.annotation.mentions, sentence.start, before).find((x) => {
      const a = this.byKey.get(x.actor);
      const k = tokens.findIndex((t) => t.start === x.start);
      return a?.actorType === "country" && !(k > 0 && PREPOSITIONS.has(tokens[k - 1]!.lower)) && !/^\s*['’]s/.test(this.text.slice(x.end, x.end + 3));
    });
    const code = m ? this.byKey.get(m.actor)?.country : undefined;
    return code ? countryByCode(code) : undefined;
  }

  private previousSpeakerCountry(before: number): CountryEntry | undefined {
    for (let i = this.history.length - 1, n = 0; i >= 0 && n < HISTORY_LOOKBACK; i--, n++) {
      const h = this.history[i]!;
      if (h.statementEnd > before) continue;
      for (const k of h.speakers) {
        const a = this.byKey.get(k);
        const c = a?.country ? countryByCode(a.country) : a?.affiliation ? countryByName(a.affiliation) : undefined;
        if (c) return c;
      }
    }
    return undefined;
  }

  /** A person with that title first named just after the description: "the governor of X …" then "Governor Y said". */
  private namedSoonAfter(head: string, at: number): string | undefined {
    const next = spansWithin(this.annotation.mentions, at, at + 1500).find((m) => {
      const a = this.byKey.get(m.actor);
      return m.via === "name" && a?.actorType === "person" && holdsTitle(a, head);
    });
    if (!next) return undefined;
    const first = this.annotation.mentions.find((m) => m.actor === next.actor && m.via === "name");
    return first && first.start >= at ? next.actor : undefined;
  }

  private nearest(candidates: readonly ArticleActor[], at: number): string | undefined {
    if (!candidates.length) return undefined;
    const keys = new Set(candidates.map((c) => c.key));
    const fits = (m: ActorMention) => keys.has(m.actor) && m.via !== "pronoun";
    const before = lastBefore(this.annotation.mentions, at, fits);
    return (before ?? firstAfter(this.annotation.mentions, at, fits))?.actor ?? candidates[0]!.key;
  }

  /**
   * "his office said" speaks for the person "his" refers to: the person heading the sentence (who may be named
   * inside the statement: "Netanyahu told Biden …, his office said"), else the nearest person before; the
   * person's organization when the article names one.
   */
  private officeOf(statement: Span, sentence: Span, at: number): SpokenBy | undefined {
    const people = spansWithin(this.annotation.mentions, sentence.start, at).filter((m) => m.via !== "pronoun" && this.byKey.get(m.actor)?.actorType === "person");
    const owner = people[0] ?? lastBefore(this.annotation.mentions, sentence.start, (m) => m.via !== "pronoun" && this.byKey.get(m.actor)?.actorType === "person");
    if (!owner) return undefined;
    const person = this.byKey.get(owner.actor)!;
    const organization = this.annotation.actors.find((a) => a.name === person.affiliation && a.actorType === "organization");
    return { speakers: [organization?.key ?? person.key] };
  }

  /** The person a sentence after the last statement is about ("Guterres welcomed it. "…," he said"), if any. */
  private newerSubject(statement: Span, after: number): string | undefined {
    const m = lastBefore(this.annotation.mentions, statement.start, (x) => x.via === "name" && this.byKey.get(x.actor)?.actorType === "person");
    if (!m || m.start < after) return undefined;
    // Looked for in a bounded window: lastIndexOf over the whole text would scan back to its start.
    const from = Math.max(0, m.start - 600);
    const window = this.text.slice(from, m.start + 3);
    const lineStart = from + Math.max(window.lastIndexOf("\n", m.start - from), ...[". ", ".” ", '." ', "? ", "! "].map((t) => window.lastIndexOf(t, m.start - from)));
    const before = this.text.slice(lineStart + 1, m.start).trim();
    const words = tokenize(this.text, lineStart + 1, m.start).filter((t) => t.word);
    const subject = words.every((t) => t.cap || PERSON_TITLES.has(t.lower)) && !/["“”]/.test(before);
    return subject ? m.actor : undefined;
  }

  private pronoun(word: string, statement: Span, paragraph: number, sentence: Span, at: number): SpokenBy | undefined {
    // Actors named inside the statement do not speak it; the pronoun itself may lie inside a joined quote ("“A,” he said. “B.”").
    const quoted = new Set(spansWithin(this.annotation.mentions, statement.start, statement.end).filter((m) => m.via !== "pronoun").map((m) => m.actor));
    if (word === "it" || word === "they") {
      // "Ukraine has not yet commented …, though it did say …": the sentence's own subject.
      const tokens = tokenize(this.text, sentence.start, at);
      const subjectMention = spansWithin(this.annotation.mentions, sentence.start, at).find((m) => {
        if (m.via === "pronoun" || quoted.has(m.actor)) return false;
        const a = this.byKey.get(m.actor);
        if (!a || a.actorType === "person") return false;
        const k = tokens.findIndex((t) => t.start === m.start);
        return !(k > 0 && PREPOSITIONS.has(tokens[k - 1]!.lower)) && !/^\s*['’]s/.test(this.text.slice(m.end, m.end + 3));
      });
      if (subjectMention) return { speakers: [subjectMention.actor] };
    }
    const recent = this.recentHistory(paragraph, statement.start);
    const wantPerson = word === "he" || word === "she" || word === "we";
    // "she" is never a person whose given name is a man's, nor "he" a woman's.
    const agrees = (a: ArticleActor) => !(word === "he" || word === "she") || genderOf(a) !== (word === "he" ? "female" : "male");
    if (word === "he" || word === "she") {
      const subject = this.newerSubject(statement, this.lastStatementEnd(statement.start));
      if (subject && !quoted.has(subject) && agrees(this.byKey.get(subject)!)) return { speakers: [subject] };
    }
    for (const h of recent) {
      const fits = h.speakers.filter((k) => {
        const a = this.byKey.get(k);
        if (!a || quoted.has(k) || !agrees(a)) return false;
        return (a.actorType === "person") === wantPerson;
      });
      if (fits.length) return { speakers: [fits[0]!] };
      if (word === "it" && h.paragraph < paragraph - 1) break;
    }
    // No earlier speaker: the nearest actor of that kind named before it, outside the statement.
    const fit = lastBefore(this.annotation.mentions, statement.start, (m) => {
      const a = this.byKey.get(m.actor);
      return !!a && !quoted.has(m.actor) && agrees(a) && (wantPerson ? a.actorType === "person" : a.actorType !== "person");
    });
    return fit ? { speakers: [fit.actor] } : undefined;
  }

  /** Speakers of the last three paragraphs before `before`, newest first. */
  private recentHistory(paragraph: number, before: number): HistoryEntry[] {
    const out: HistoryEntry[] = [];
    for (let i = this.history.length - 1; i >= 0 && out.length < HISTORY_LOOKBACK; i--) {
      const h = this.history[i]!;
      if (paragraph - h.paragraph > 3) break;
      if (h.statementEnd <= before) out.push(h);
    }
    return out;
  }

  /** Where the last statement before `before` ends (0 if none). */
  private lastStatementEnd(before: number): number {
    for (let i = this.history.length - 1, n = 0; i >= 0 && n < HISTORY_LOOKBACK; i--, n++) if (this.history[i]!.statementEnd <= before) return this.history[i]!.statementEnd;
    return 0;
  }

  /** "officials", "Ukrainian media", "some commentators", "local energy authorities": a group that speaks. */
  private group(words: readonly Token[], subject: Span, statement: Span): string | undefined {
    let k = 0;
    let country: CountryEntry | undefined;
    while (k < words.length && QUANTIFIERS.test(words[k]!.lower)) k++;
    const c = words[k] ? countryByDemonym(words[k]!.text) : undefined;
    if (c) country = c;
    const lowers = words.map((w) => w.lower);
    const tail = lowers.slice(k).join(" ");
    const head = Object.keys(GROUP_HEADS).filter((h) => tail === h || tail.endsWith(` ${h}`)).sort((a, b) => b.length - a.length)[0];
    if (!head || words.length - k > 5) return undefined;
    const start = words[k]!.start;
    const surface = this.text.slice(start, subject.end);
    let name: string;
    let affiliation: CountryEntry | undefined = country;
    if (country) name = `${country.demonym} ${this.text.slice(words[k + 1]?.start ?? start, subject.end)}`;
    else if (GOVERNMENT_GROUPS.has(GROUP_HEADS[head]!) || head === "authorities") {
      affiliation = this.contextCountry(statement, subject);
      const canonical = head === "authorities" || head === "regional authorities" ? surface.replace(/authorities$/i, "officials") : surface;
      name = affiliation ? `${affiliation.demonym} ${canonical}` : canonical;
    } else name = surface.charAt(0).toUpperCase() + surface.slice(1);
    return this.ensureActor(name, "group", { start, end: subject.end }, affiliation, surface);
  }

  /**
   * The country a bare "officials" belong to: the country, capital or demonym named closest before them in
   * the sentence ("injured in Kyiv, authorities said"), else one named in the statement, else the article's.
   */
  private contextCountry(statement: Span, subject: Span): CountryEntry | undefined {
    const from = Math.min(statement.start, subject.start), to = Math.max(statement.end, subject.end);
    const words = tokenize(this.text, from, to).filter((t) => t.word && t.cap);
    const countryOf = (t: Token) => countryByName(t.text) ?? countryByCapital(t.text) ?? countryByDemonym(t.text);
    const before = words.filter((t) => t.end <= subject.start).reverse().map(countryOf).find(Boolean);
    const anywhere = words.map(countryOf).find(Boolean);
    return before ?? anywhere ?? (this.annotation.dominantCountry ? countryByCode(this.annotation.dominantCountry) : undefined);
  }

  /** An actor known only by its description: "Governor of the Bryansk region". */
  describedActor(span: Span, actorType: ActorType): string {
    let surface = this.text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
    surface = surface.replace(/^(?:the|a|an)\s+/i, "");
    const name = surface.charAt(0).toUpperCase() + surface.slice(1);
    const words = name.match(/\p{Lu}[\p{L}-]+/gu) ?? [];
    const country = words.map((w) => countryByName(w) ?? countryByCapital(w) ?? countryByDemonym(w)).find(Boolean);
    return this.ensureActor(name, actorType, span, country, this.text.slice(span.start, span.end), surface);
  }

  private ensureActor(name: string, actorType: ActorType, span: Span, country: CountryEntry | undefined, surface: string, role?: string): string {
    const key = normalizeName(name);
    let actor = this.byKey.get(key);
    if (!actor) {
      actor = { key, name, actorType, aliases: [], roles: role ? [role] : [], affiliation: country?.name, country: country?.code, evidence: "named as a speaker" };
      this.annotation.actors.push(actor);
      this.byKey.set(key, actor);
    }
    const alias = surface.trim();
    if (alias !== name && !actor.aliases.includes(alias)) actor.aliases.push(alias);
    const mention: ActorMention = { start: span.start, end: span.end, actor: key, via: "description" };
    if (!spansWithin(this.annotation.mentions, span.start, span.end).some((m) => m.start === span.start && m.end === span.end && m.actor === key)) insertSorted(this.annotation.mentions, mention);
    return key;
  }
}
