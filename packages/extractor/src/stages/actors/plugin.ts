// Stage 2, actors: people, organizations, countries and groups, with roles and affiliations, from proper
// names, institutions named by their country and the titles around names.
import { actorId, articleNodeId, type DeltaBuilder, type Provenance } from "@newsgraph/graph-model";
import type { Document, Sentence } from "../../document/types";
import { tokenize, isPossessive, type Token } from "../../document/tokens";
import { countryByCapital, countryByCode, countryByName, type CountryEntry } from "../../lexicons/countries";
import { defineStage } from "../../pipeline/stage";
import { KNOWN_ORGANIZATIONS } from "../../lexicons/organizations";
import { AUXILIARIES, FINITE_CUES } from "../../lexicons/reporting-verbs";
import { isExcluded } from "../clean/types";
import { spansWithin } from "../../document/spans";
import { findInstitutions, institutionName } from "./institutions";
import { capitalizedRuns, classifyRun, NAME_SUFFIXES, type NameCandidate } from "./names";
import { ActorRegistry } from "./registry";
import { appositionAfter, roleBefore } from "./roles";
import type { ActorsAnnotation, ArticleActor } from "./types";

interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
}

/** The sentences extraction may read, with their tokens (boilerplate left out). */
export function readableSentences(doc: Document): SentenceTokens[] {
  const clean = doc.get("clean");
  return doc.sentences.filter((s) => !isExcluded(clean, s.start, s.end)).map((sentence) => ({ sentence, tokens: tokenize(doc.text, sentence.start, sentence.end) }));
}

function lowercaseWords(sentences: readonly SentenceTokens[]): Set<string> {
  const out = new Set<string>();
  for (const { tokens } of sentences) for (const t of tokens) if (t.word && !t.cap) out.add(t.lower);
  return out;
}

export function findActors(doc: Document): ActorsAnnotation {
  const text = doc.text;
  const sentences = readableSentences(doc);
  const lowerSeen = lowercaseWords(sentences);
  const registry = new ActorRegistry();
  const pending: { candidate: NameCandidate; tokens: Token[] }[] = [];
  const countryCounts = new Map<string, number>();
  const countCountry = (c: CountryEntry | undefined) => c && countryCounts.set(c.code, (countryCounts.get(c.code) ?? 0) + 1);

  for (const { tokens } of sentences) {
    const runs = capitalizedRuns(tokens, lowerSeen);
    runs.forEach((run, r) => {
      for (const candidate of classifyRun(text, tokens, run, r)) {
        countCountry(candidate.country);
        pending.push({ candidate, tokens });
      }
    });
  }

  // Full names first, so that surnames ("Sobyanin", "Mr Putin") find them wherever they occur.
  for (const { candidate, tokens } of pending) {
    if (candidate.actorType === "surname") continue;
    const key = registerCandidate(registry, text, tokens, candidate);
    if (key) addRoles(registry, text, tokens, candidate, key);
  }
  for (const { candidate, tokens } of pending) {
    if (candidate.actorType !== "surname") continue;
    const word = candidate.name.split(/\s+/).at(-1)!;
    const people = registry.peopleNamed(word);
    if (people.length === 1) {
      registry.alias(people[0]!.key, text.slice(candidate.phraseStart, candidate.end));
      registry.mention(people[0]!.key, { start: candidate.start, end: candidate.end });
      if (candidate.role) registry.addRole(people[0]!.key, candidate.role);
    } else if (people.length === 0) {
      // "Microsoft" after "Microsoft Corp", "Northlight" after "Northlight Games": the organization, short.
      const org = organizationNamed(registry, word);
      if (org) {
        registry.alias(org.key, word);
        registry.mention(org.key, { start: candidate.start, end: candidate.end });
      } else registerSingleName(registry, text, tokens, candidate);
    }
  }
  attachEmployers(registry);

  const institutions = sentences.map(({ tokens }) => findInstitutions(tokens));
  for (const found of institutions) {
    for (const m of found) {
      countCountry(m.country);
      if (m.head === "Government" && m.country) {
        registry.add({ name: m.country.name, actorType: "country", country: m.country.code, evidence: "government standing for its country" }, text.slice(m.start, m.end), m);
        continue;
      }
      if (m.place) {
        registry.add({ name: institutionName(undefined, m.head, m.place), actorType: "organization", evidence: "institution named by its place" }, text.slice(m.start, m.end), m);
        continue;
      }
      if (!m.country) continue; // bare heads are resolved once the dominant country is known
      registerInstitution(registry, text, m.country, m.head, m.kind, m);
    }
  }

  findAdministrations(registry, text, sentences);
  findOwnedForces(registry, text, sentences);
  findPlaceAuthorities(registry, text, sentences);
  findDescriptiveAliases(registry, text, sentences);

  const dominant = [...countryCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  // Bare institutions ("the defence ministry"): the one of that kind already named, else the article's country's.
  for (const [k, { tokens }] of sentences.entries()) {
    for (const m of institutions[k]!) {
      if (m.country || m.place || m.kind !== "institution" || !BARE_HEADS.has(m.head) || m.headStart !== m.start) continue;
      // A bare institution that speaks is qualified by the statements stage, which knows who spoke before it.
      if (speaksNext(tokens, m.end)) continue;
      const existing = registry.all().filter((a) => a.actorType === "organization" && a.name.endsWith(m.head) && a.key !== m.head.toLowerCase());
      if (existing.length === 1) {
        registry.alias(existing[0]!.key, text.slice(m.start, m.end));
        registry.mention(existing[0]!.key, m, "description");
      } else if (existing.length === 0) {
        registerInstitution(registry, text, dominant ? countryByCode(dominant) : undefined, m.head, m.kind, m);
      }
    }
  }
  const allMentions = registry.allMentions();
  const mentionsOf = new Map<string, typeof allMentions>();
  for (const m of allMentions) {
    const list = mentionsOf.get(m.actor);
    if (list) list.push(m);
    else mentionsOf.set(m.actor, [m]);
  }
  const actors = registry.all().filter((a) => a.actorType !== "country" || !onlyLocative(text, mentionsOf.get(a.key) ?? []));
  const kept = new Set(actors.map((a) => a.key));
  return { actors: actors.sort((a, b) => (a.key < b.key ? -1 : 1)), mentions: allMentions.filter((m) => kept.has(m.actor)), dominantCountry: dominant };
}

/** The one organization whose name starts with this word and is longer than it ("Northlight Games" for "Northlight"). */
function organizationNamed(registry: ActorRegistry, word: string): ArticleActor | undefined {
  const w = word.toLowerCase();
  const orgs = registry.all().filter((a) => a.actorType === "organization" && !a.country && (a.key === w || a.key.split(" ")[0] === w));
  return orgs.length === 1 ? orgs[0] : undefined;
}

/** "Microsoft chief executive", "Northlight founder": a person with no affiliation works for the organization in the title. */
function attachEmployers(registry: ActorRegistry): void {
  const orgs = registry.all().filter((a) => a.actorType === "organization");
  for (const person of registry.all()) {
    if (person.actorType !== "person" || person.affiliation) continue;
    const words = new Set(person.roles.flatMap((r) => r.split(/\s+/)));
    const employer = orgs.filter((o) => [o.name, ...o.aliases].some((n) => !/\s/.test(n) && words.has(n)));
    if (employer.length === 1) person.affiliation = employer[0]!.name;
  }
}

/** A one-word name with no fuller form in the article: typed by its title, apposition or the surname lexicon. */
function registerSingleName(registry: ActorRegistry, text: string, tokens: readonly Token[], c: NameCandidate): void {
  const apposition = appositionAfter(text, c.end);
  const titled = !!c.role && /^(mr|mrs|ms|dr|president|prime|minister|chancellor|senator|governor|mayor|general|gen)\b/i.test(c.role);
  let actorType: "person" | "organization" | undefined;
  if (apposition?.organization) actorType = "organization";
  else if (apposition || titled || c.evidence === "known surname" || c.evidence === "name before a reporting verb") actorType = "person";
  if (!actorType || /\s/.test(c.name) || c.evidence === "title only") return;
  const key = registry.add(
    { name: c.name, actorType, role: actorType === "person" ? c.role : undefined, affiliation: (apposition?.country ?? c.country)?.name, country: (apposition?.country ?? c.country)?.code, evidence: apposition ? "apposition" : c.evidence },
    text.slice(c.phraseStart, c.end),
    c,
  );
  addRoles(registry, text, tokens, c, key);
}

/** "Donald Trump’s incoming administration" → "Trump administration". */
function findAdministrations(registry: ActorRegistry, text: string, sentences: readonly SentenceTokens[]): void {
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      if (!isPossessive(t)) return;
      let k = i + 1;
      while (/^(incoming|new|outgoing|former|current|previous)$/.test(tokens[k]?.lower ?? "")) k++;
      const head = tokens[k];
      if (!head || !/^(administration|government|campaign)$/.test(head.lower)) return;
      const owner = registry.peopleNamed(tokens[i - 1]?.text ?? "");
      if (owner.length !== 1) return;
      const surname = owner[0]!.name.split(" ").findLast((w) => !NAME_SUFFIXES.has(w.toLowerCase().replace(/\.$/, "")))!;
      // The owner's whole name: "Donald Trump’s", not "Trump’s".
      let first = i - 1;
      while (first > 0 && tokens[first - 1]!.cap && tokens[first - 1]!.word) first--;
      const start = tokens[first]!.start;
      registry.add({ name: `${surname} ${head.lower}`, actorType: "organization", affiliation: owner[0]!.affiliation, evidence: "a leader’s administration" }, text.slice(start, head.end), { start, end: head.end });
    });
  }
}

/**
 * "its forces", "Moscow said its forces …", "Putin’s troops": the armed forces of the country that owns them —
 * the sentence's subject for a possessive pronoun, the person's country for a person.
 */
function findOwnedForces(registry: ActorRegistry, text: string, sentences: readonly SentenceTokens[]): void {
  const all = registry.allMentions();
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      const head = tokens[i + 1];
      if (!head || !/^(forces|troops|army|military)$/.test(head.lower) || !/^(its|their|['’]s)$/.test(t.lower)) return;
      let country: CountryEntry | undefined;
      const mentions = spansWithin(all, tokens[0]!.start, t.start);
      if (/^(its|their)$/.test(t.lower)) {
        // The nearest country before it that is not the object of a preposition ("attack against Russia").
        const subject = mentions.filter((m) => m.start >= tokens[0]!.start && m.end <= t.start && registry.get(m.actor)?.actorType === "country").reverse().find((m) => {
          const k = tokens.findIndex((x) => x.start === m.start);
          return !(k > 0 && /^(of|to|for|with|in|by|from|on|at|against|over|into|toward|towards)$/.test(tokens[k - 1]!.lower));
        });
        country = subject ? countryByCode(registry.get(subject.actor)!.country ?? "") : undefined;
      } else if (isPossessive(t)) {
        const owner = mentions.find((m) => m.end === t.start);
        const actor = owner ? registry.get(owner.actor) : undefined;
        if (actor?.actorType === "person" && actor.affiliation) country = countryByName(actor.affiliation);
      }
      if (!country) return;
      const start = isPossessive(t) ? mentions.find((m) => m.end === t.start)!.start : t.start;
      registry.add({ name: `${country.demonym} Armed Forces`, actorType: "organization", affiliation: country.name, country: country.code, evidence: "forces of a country" }, text.slice(start, head.end), { start, end: head.end });
    });
  }
}

/** "Donetsk region authorities", "Kharkiv city administration": the authorities of a named place. */
const PLACE_AUTHORITIES = /\b((?:\p{Lu}[\p{L}’'-]+\s){1,2}(?:region|regional|city|oblast|province|district)\s+(?:authorities|officials|administration|council))\b/gu;
function findPlaceAuthorities(registry: ActorRegistry, text: string, sentences: readonly SentenceTokens[]): void {
  for (const { sentence } of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const m of body.matchAll(PLACE_AUTHORITIES)) {
      const phrase = m[1]!;
      const first = phrase.split(" ")[0]!;
      if (m.index === 0 && /^(The|A|An|In|On|At|But|And)$/.test(first)) continue;
      const start = sentence.start + m.index!;
      const administration = /(administration|council)$/.test(phrase);
      registry.add({ name: phrase, actorType: administration ? "organization" : "group", evidence: "authorities of a named place" }, phrase, { start, end: start + phrase.length });
    }
  }
}

/** Other occurrences of an organization's descriptive alias ("Russia’s federal air transport agency") are mentions of it. */
function findDescriptiveAliases(registry: ActorRegistry, text: string, sentences: readonly SentenceTokens[]): void {
  for (const actor of registry.all()) {
    if (actor.actorType !== "organization") continue;
    for (const alias of actor.aliases) {
      if (!/\s/.test(alias) || !/^[\p{Ll}]/u.test(alias.replace(/^\p{Lu}\p{Ll}+['’]s\s/u, "x "))) continue;
      for (const { sentence } of sentences) {
        const body = text.slice(sentence.start, sentence.end);
        for (let at = body.indexOf(alias); at >= 0; at = body.indexOf(alias, at + 1)) {
          registry.mention(actor.key, { start: sentence.start + at, end: sentence.start + at + alias.length }, "description");
        }
      }
    }
  }
}

const LOCATIVE_BEFORE = /\b(?:in|near|into|across|inside|from|to|toward|towards|over|via|through|around|outside|within|of)\s+(?:the\s+)?$/i;
/** A country named only as a place ("near Finland") is scenery, not an actor. */
function onlyLocative(text: string, mentions: readonly { start: number; end: number; via: string }[]): boolean {
  return mentions.length > 0 && mentions.every((m) => m.via === "name" && LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && !/^\s*['’]s\b/.test(text.slice(m.end, m.end + 3)));
}

function speaksNext(tokens: readonly Token[], end: number): boolean {
  let k = tokens.findIndex((t) => t.start >= end);
  while (k >= 0 && k < tokens.length && AUXILIARIES.has(tokens[k]!.lower)) k++;
  return k >= 0 && k < tokens.length && FINITE_CUES.has(tokens[k]!.lower);
}

/** Institutions a bare definite description names on its own ("the defence ministry", "the air force"). */
export const BARE_HEADS = new Set(["Defence Ministry", "Foreign Ministry", "Interior Ministry", "Justice Ministry", "Health Ministry", "Finance Ministry", "Energy Ministry", "Emergencies Ministry", "Air Force", "Air Defence", "Navy", "General Staff", "Armed Forces"]);

function registerInstitution(registry: ActorRegistry, text: string, country: CountryEntry | undefined, head: string, kind: "institution" | "group", span: { start: number; end: number }): string {
  const name = institutionName(country, head);
  return registry.add(
    { name, actorType: kind === "institution" ? "organization" : "group", affiliation: country?.name, country: country?.code, evidence: "institution named by its country" },
    text.slice(span.start, span.end),
    span,
  );
}

function registerCandidate(registry: ActorRegistry, text: string, tokens: readonly Token[], c: NameCandidate): string | undefined {
  if (c.actorType === "surname") return undefined;
  const surface = text.slice(c.phraseStart, c.end);
  if (c.actorType === "country") {
    return registry.add({ name: c.name, actorType: "country", country: c.country?.code, evidence: c.evidence }, text.slice(c.start, c.end), c);
  }
  if (c.actorType === "organization") {
    // "Russia’s Security Council": a country's institution known by a generic name takes the demonym.
    const i = tokens.findIndex((t) => t.start === c.start);
    const before = tokens[i - 1], country = tokens[i - 2];
    let name = c.name;
    let start = c.start;
    let owner = c.country;
    const generic = !/^[A-Z.]+$/.test(name) && c.evidence !== "acronym" && !/known/.test(c.evidence) || !!KNOWN_ORGANIZATIONS[name.toLowerCase()]?.national;
    // "National Security Council (NSC)": the acronym in brackets is an alias of the name before it.
    if (c.evidence === "acronym" && text.slice(c.start - 2, c.start) === " (" ) {
      const previous = registry.allMentions().filter((m) => m.end === c.start - 2);
      const owner = previous.length ? registry.get(previous.at(-1)!.actor) : undefined;
      if (owner && owner.actorType === "organization") {
        registry.alias(owner.key, c.name);
        registry.mention(owner.key, { start: c.start, end: c.end });
        return owner.key;
      }
    }
    // "RSF" after "Rapid Support Forces (RSF)": the acronym already introduced.
    const introduced = c.evidence === "acronym" ? registry.all().find((a) => a.actorType === "organization" && a.aliases.includes(c.name)) : undefined;
    if (introduced) {
      registry.mention(introduced.key, { start: c.start, end: c.end });
      return introduced.key;
    }
    if (generic && isPossessive(before) && country && !c.country) {
      const entry = findCountryWord(country.text);
      if (entry && !name.startsWith(entry.demonym)) {
        name = `${entry.demonym} ${name}`;
        owner = entry;
        start = country.start;
      }
    }
    // "Microsoft Corp", "Acme Inc.": the legal form is not part of the name news uses.
    name = name.replace(/^(.+?)\s+(?:Corp|Corporation|Inc|Ltd|LLC|Plc|PLC|Co|AG|SA|NV|GmbH)\.?$/, "$1");
    return registry.add({ name, actorType: "organization", affiliation: owner?.name, country: owner?.code, evidence: c.evidence }, text.slice(start, c.end), { start, end: c.end });
  }
  return registry.add(
    { name: c.name, actorType: c.actorType, role: c.role, affiliation: c.country?.name, country: c.country?.code, evidence: c.evidence },
    surface,
    { start: c.start, end: c.end },
  );
}

const findCountryWord = (word: string): CountryEntry | undefined => countryByName(word) ?? countryByCapital(word);

function addRoles(registry: ActorRegistry, text: string, tokens: readonly Token[], c: NameCandidate, key: string): void {
  const actor = registry.get(key);
  if (!actor || actor.actorType === "country") return;
  const i = tokens.findIndex((t) => t.start === c.phraseStart);
  const before = i >= 0 && actor.actorType === "person" ? roleBefore(text, tokens, i) : undefined;
  if (before) {
    registry.addRole(key, c.role ? `${before.text} ${c.role}` : before.text);
    registry.alias(key, text.slice(before.start, c.end));
    if (before.country && !actor.affiliation) actor.affiliation = before.country.name;
  }
  // "Kremlin spokesman", "UN Secretary-General": the organization named in the title is the employer.
  if (actor.actorType === "person") {
    const employer = spansWithin(registry.allMentions(), before?.start ?? c.phraseStart, c.start).map((m) => registry.get(m.actor)).find((a) => a?.actorType === "organization");
    if (employer) actor.affiliation = employer.name;
  }
  const after = appositionAfter(text, c.end);
  if (after && (actor.actorType === "person") === !after.organization) {
    if (after.organization) registry.alias(key, after.text);
    else registry.addRole(key, after.text);
    if (after.country && !actor.affiliation) actor.affiliation = after.country.name;
  }
}

/** Actor nodes with every mention as provenance, MENTIONED_IN the article, AFFILIATED_WITH their country or organization. */
export function emitActors(doc: Document, delta: DeltaBuilder, actors: readonly ArticleActor[], mentions: ActorsAnnotation["mentions"]): void {
  const article = doc.article.id;
  const spansOf = new Map<string, Provenance[]>();
  for (const m of mentions) {
    if (m.via === "pronoun") continue;
    const list = spansOf.get(m.actor) ?? [];
    list.push({ article, start: m.start, end: m.end });
    spansOf.set(m.actor, list);
  }
  const keys = new Set(actors.map((a) => a.key));
  const byName = new Map(actors.map((a) => [a.name, a]));
  for (const actor of actors) {
    const provenance = spansOf.get(actor.key);
    if (!provenance?.length || !keys.has(actor.key)) continue;
    const id = actorId(actor.name);
    delta.addNode(id, {
      type: "Actor",
      name: actor.name,
      aliases: [...actor.aliases].sort(),
      actorType: actor.actorType,
      roles: [...actor.roles].sort(),
      ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
      ...(actor.country ? { country: actor.country } : {}),
      provenance,
    });
    delta.addEdge(id, articleNodeId(article), { type: "MENTIONED_IN", provenance });
  }
  for (const actor of actors) {
    const owner = actor.affiliation ? byName.get(actor.affiliation) : undefined;
    const provenance = spansOf.get(actor.key);
    if (!owner || owner === actor || !provenance?.length || !spansOf.get(owner.key)?.length) continue;
    delta.addEdge(actorId(actor.name), actorId(owner.name), { type: "AFFILIATED_WITH", role: actor.roles[0], provenance: [provenance[0]!] });
  }
}

/**
 * Later stages (coref, statements) may append actors and mentions to this annotation (speakers known only by
 * a description, pronoun links); emission runs after every stage, so it sees them all.
 */
export const actorsStage = defineStage({
  name: "actors",
  requires: ["clean"],
  run: findActors,
  emit: (doc, delta) => {
    const { actors, mentions } = doc.get("actors");
    emitActors(doc, delta, actors, mentions);
  },
});
