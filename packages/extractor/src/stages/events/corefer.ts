// One event per real occurrence: a headline that repeats the body, "the attack" further down and a second
// report of the same strike on the same place are mentions of one event, not new events.
import type { CountKind } from "@newsgraph/graph-model";
import type { TriggerMention } from "./detect";
import { anchorWeight } from "./anchors";
import { placeKeys, type PlaceMention } from "./places";
import type { TimeExpression } from "./time";

const PEOPLE_EVENTS = new Set(["meeting_talks", "visit", "election", "resignation_appointment", "agreement_action"]);

export interface EventCandidate {
  mention: TriggerMention;
  places: PlaceMention[];
  anchors: Set<string>;
  time?: TimeExpression;
  counts: Partial<Record<CountKind, number>>;
}

export interface CandidateGroup {
  candidates: EventCandidate[];
}

// Expressions of "the night just gone": one attack can be told as overnight, early today, this morning, at 5.30am.
const NOW = /^(?:early |late )?(?:today|tonight|overnight|this morning|last night|throughout the night|(?:in )?the early hours.*|(?:at|around) \d.*)$/i;
// Vague spans of time contradict nothing.
const VAGUE = /\b(?:recent|hours|days|weeks|this week|this month|this year|later|earlier)\b/i;

function sameTime(a: TimeExpression, b: TimeExpression): boolean {
  if (a.date && b.date) return a.date === b.date;
  const x = a.text.toLowerCase(), y = b.text.toLowerCase();
  return x === y || (NOW.test(x) && NOW.test(y)) || VAGUE.test(x) || VAGUE.test(y);
}

/** What the coreference rules read of a list of places: kinds and name keys, of all places and of those finer than a country. */
interface PlaceSummary {
  count: number;
  finerCount: number;
  keys: Set<string>;
  finerKeys: Set<string>;
  types: Set<string>;
  finerTypes: Set<string>;
}

const emptyPlaces = (): PlaceSummary => ({ count: 0, finerCount: 0, keys: new Set(), finerKeys: new Set(), types: new Set(), finerTypes: new Set() });

function addPlace(summary: PlaceSummary, p: PlaceMention): void {
  const finer = p.placeType !== "country";
  summary.count++;
  if (finer) summary.finerCount++;
  for (const k of placeKeys(p.name)) {
    summary.keys.add(k);
    if (finer) summary.finerKeys.add(k);
  }
  if (p.placeType) {
    summary.types.add(p.placeType);
    if (finer) summary.finerTypes.add(p.placeType);
  }
}

function summarisePlaces(places: readonly PlaceMention[]): PlaceSummary {
  const summary = emptyPlaces();
  for (const p of places) addPlace(summary, p);
  return summary;
}

const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
};

/** Whether two lists of places name one place; a country only counts where neither names anything finer. */
const sharesPlace = (a: PlaceSummary, b: PlaceSummary) =>
  a.finerCount && b.finerCount ? intersects(a.finerKeys, b.finerKeys) : intersects(a.keys, b.keys);

/**
 * Two lists of places contradict when they name different places of one kind (two cities, two regions);
 * countries only when neither names anything finer (wire copy names countries in passing).
 */
const placesClash = (a: PlaceSummary, b: PlaceSummary) => {
  const bothFiner = a.finerCount > 0 && b.finerCount > 0;
  if (!bothFiner && (a.finerCount || b.finerCount)) return false;
  const sameKind = bothFiner ? intersects(a.finerTypes, b.finerTypes) : intersects(a.types, b.types);
  return sameKind && !sharesPlace(a, b);
};

/** A candidate with its places summarised once. */
interface Candidate {
  c: EventCandidate;
  places: PlaceSummary;
}

/**
 * A group as it is being built, with what the rules read of all its candidates kept up to date as candidates
 * join (anchors, places, times), so that testing a candidate against it does not go through every member.
 */
interface Group extends CandidateGroup {
  /** Creation order: ties between groups go to the older one. */
  order: number;
  anchors: Set<string>;
  places: PlaceSummary;
  /** Distinct times of the members, by what sameTime reads of them. */
  times: Map<string, TimeExpression>;
  lastStart: number;
  /** Sentence indexes of the members, ascending. */
  sentences: number[];
}

const timeKey = (t: TimeExpression) => `${t.date ?? ""}\u0000${t.text.toLowerCase()}`;

/** Whether nothing in the candidate contradicts the group: no other day, no other place. */
function compatible(group: Group, { c, places }: Candidate): boolean {
  // "headed to Istanbul on Sunday for the talks": before a back-reference, the day belongs to another verb.
  const time = c.mention.backReference && c.time && c.time.end <= c.mention.start ? undefined : c.time;
  if (time) for (const t of group.times.values()) if (!sameTime(t, time)) return false;
  return !placesClash(group.places, places);
}

function tellsSame(group: Group, candidate: Candidate, shared: number): boolean {
  if (!compatible(group, candidate)) return false;
  const { c, places } = candidate;
  const theirs = group.places;
  if (c.mention.backReference && (!places.count || sharesPlace(theirs, places))) return true;
  if (theirs.count && places.count && sharesPlace(theirs, places)) return true;
  if (c.mention.possessive && shared > 0 && (!places.count || sharesPlace(theirs, places))) return true;
  if (c.mention.headline) return shared > 0 || !c.anchors.size || !group.anchors.size;
  // Talks and visits are told apart by who meets; strikes and closures by what and where.
  return shared >= (PEOPLE_EVENTS.has(c.mention.eventType) ? 2 : 1.5);
}

/** How much a candidate shares with a group (read from the candidate's few anchors, not the group's many). */
function sharedWeight(group: Group, anchors: ReadonlySet<string>): number {
  let n = 0;
  for (const a of anchors) if (group.anchors.has(a)) n += anchorWeight(a);
  return n;
}

/** How far a headline is from a group: to its nearest later member, or a little more to its nearest earlier one. */
function sentenceDistance(group: Group, sentence: number): number {
  const after = upperBound(group.sentences, sentence);
  let d = Infinity;
  if (after < group.sentences.length) d = group.sentences[after]! - sentence;
  if (after > 0) d = Math.min(d, sentence - group.sentences[after - 1]! + 0.5);
  return d;
}

/** The first index whose value is greater than `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How far apart, in sentences, two mentions of one occurrence may be: a body mention joins a group told in the
 * last REFERENCE_WINDOW sentences, a headline one told that far on either side. News reports are much shorter
 * (the samples have 27 to 62 sentences), so within an article this never decides anything; it bounds the work
 * on book-length input, which would otherwise test every mention against every event told before it.
 */
export const REFERENCE_WINDOW = 300;

/** The groups of one event type, by the sentences of their members. */
class GroupsBySentence {
  private readonly bySentence = new Map<number, Group[]>();

  add(group: Group, sentence: number): void {
    const list = this.bySentence.get(sentence);
    if (!list) this.bySentence.set(sentence, [group]);
    else if (!list.includes(group)) list.push(group);
  }

  /** The groups with a member in sentences `from` to `to`. */
  between(from: number, to: number): Set<Group> {
    const out = new Set<Group>();
    for (let s = from; s <= to; s++) for (const g of this.bySentence.get(s) ?? []) out.add(g);
    return out;
  }
}

/** The group a candidate joins: of those it tells the same as, the one it shares most names with, then the one told nearest to it, then the oldest. */
function bestGroup(nearby: Iterable<Group>, candidate: Candidate, distance: (g: Group) => number): Group | undefined {
  let best: { g: Group; shared: number; d: number } | undefined;
  for (const g of nearby) {
    const shared = sharedWeight(g, candidate.c.anchors);
    if (!tellsSame(g, candidate, shared)) continue;
    const d = distance(g);
    if (!best || shared > best.shared || (shared === best.shared && (d < best.d || (d === best.d && g.order < best.g.order)))) best = { g, shared, d };
  }
  return best?.g;
}

/**
 * Groups candidates into occurrences. Body sentences go first, in order, each joining the latest group it
 * tells the same as; headlines and captions then join the nearest such group, or start their own.
 */
export function groupOccurrences(candidates: readonly EventCandidate[]): CandidateGroup[] {
  const groups: Group[] = [];
  const byType = new Map<string, GroupsBySentence>();
  const typeGroups = ({ c }: Candidate) => {
    let t = byType.get(c.mention.eventType);
    if (!t) byType.set(c.mention.eventType, (t = new GroupsBySentence()));
    return t;
  };
  const join = (g: Group, candidate: Candidate) => {
    const { c } = candidate;
    g.candidates.push(c);
    for (const a of c.anchors) g.anchors.add(a);
    for (const p of c.places) addPlace(g.places, p);
    if (c.time) g.times.set(timeKey(c.time), c.time);
    g.sentences.splice(upperBound(g.sentences, c.mention.sentence), 0, c.mention.sentence);
    if (!c.mention.headline) g.lastStart = c.mention.start;
    typeGroups(candidate).add(g, c.mention.sentence);
  };
  const joinOrStart = (same: Group | undefined, candidate: Candidate) => {
    if (same) return join(same, candidate);
    const g: Group = { candidates: [], order: groups.length, anchors: new Set(), places: emptyPlaces(), times: new Map(), lastStart: candidate.c.mention.start, sentences: [] };
    groups.push(g);
    join(g, candidate);
  };
  const summarised = candidates.map((c) => ({ c, places: summarisePlaces(c.places) }));
  for (const candidate of summarised.filter(({ c }) => !c.mention.headline)) {
    const { start, sentence } = candidate.c.mention;
    const nearby = typeGroups(candidate).between(sentence - REFERENCE_WINDOW, sentence);
    joinOrStart(bestGroup(nearby, candidate, (g) => start - g.lastStart), candidate);
  }
  for (const candidate of summarised.filter(({ c }) => c.mention.headline)) {
    const { sentence } = candidate.c.mention;
    const nearby = typeGroups(candidate).between(sentence - REFERENCE_WINDOW, sentence + REFERENCE_WINDOW);
    joinOrStart(bestGroup(nearby, candidate, (g) => sentenceDistance(g, sentence)), candidate);
  }
  const firstStart = new Map<CandidateGroup, number>();
  for (const g of groups) {
    g.candidates.sort((a, b) => a.mention.start - b.mention.start);
    firstStart.set(g, firstBody(g).mention.start);
  }
  return groups
    .sort((a, b) => firstStart.get(a)! - firstStart.get(b)!)
    .map((g) => ({ candidates: g.candidates }));
}

/** The mention an occurrence is named after: its first body mention, else its first headline. */
export function firstBody(group: CandidateGroup): EventCandidate {
  return group.candidates.find((c) => !c.mention.headline) ?? group.candidates[0]!;
}
