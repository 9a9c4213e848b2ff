// One event per real occurrence: a headline that repeats the body, "the attack" further down and a second
// report of the same strike on the same place are mentions of one event, not new events.
import type { CountKind } from "@newsgraph/graph-model";
import type { TriggerMention } from "./detect";
import { sharedWeight } from "./anchors";
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

const keysOf = (places: readonly PlaceMention[]) => new Set(places.flatMap((p) => placeKeys(p.name)));
const finer = (places: readonly PlaceMention[]) => places.filter((p) => p.placeType !== "country");
/** Whether two lists of places name one place; a country only counts where neither names anything finer. */
const sharesPlace = (a: readonly PlaceMention[], b: readonly PlaceMention[]) => {
  const [x, y] = finer(a).length && finer(b).length ? [finer(a), finer(b)] : [a, b];
  const keys = keysOf(x);
  return y.some((p) => placeKeys(p.name).some((k) => keys.has(k)));
};
/**
 * Two lists of places contradict when they name different places of one kind (two cities, two regions);
 * countries only when neither names anything finer (wire copy names countries in passing).
 */
const placesClash = (a: readonly PlaceMention[], b: readonly PlaceMention[]) => {
  const bothFiner = finer(a).length > 0 && finer(b).length > 0;
  if (!bothFiner && (finer(a).length || finer(b).length)) return false;
  const [x, y] = bothFiner ? [finer(a), finer(b)] : [a, b];
  return x.some((p) => y.some((q) => p.placeType && p.placeType === q.placeType)) && !sharesPlace(x, y);
};

const groupPlaces = (group: CandidateGroup) => group.candidates.flatMap((c) => c.places);
const groupAnchors = (group: CandidateGroup) => new Set(group.candidates.flatMap((c) => [...c.anchors]));

/** Whether nothing in the candidate contradicts the group: no other day, no other place. */
function compatible(group: CandidateGroup, c: EventCandidate): boolean {
  // "headed to Istanbul on Sunday for the talks": before a back-reference, the day belongs to another verb.
  const time = c.mention.backReference && c.time && c.time.end <= c.mention.start ? undefined : c.time;
  if (time && group.candidates.some((g) => g.time && !sameTime(g.time, time))) return false;
  return !placesClash(groupPlaces(group), c.places);
}

function tellsSame(group: CandidateGroup, c: EventCandidate): boolean {
  if (!compatible(group, c)) return false;
  const places = groupPlaces(group);
  if (c.mention.backReference && (!c.places.length || sharesPlace(places, c.places))) return true;
  if (places.length && c.places.length && sharesPlace(places, c.places)) return true;
  const anchors = groupAnchors(group);
  const shared = sharedWeight(anchors, c.anchors);
  if (c.mention.possessive && shared > 0 && (!c.places.length || sharesPlace(places, c.places))) return true;
  if (c.mention.headline) return shared > 0 || !c.anchors.size || !anchors.size;
  // Talks and visits are told apart by who meets; strikes and closures by what and where.
  return shared >= (PEOPLE_EVENTS.has(c.mention.eventType) ? 2 : 1.5);
}

/**
 * Groups candidates into occurrences. Body sentences go first, in order, each joining the latest group it
 * tells the same as; headlines and captions then join the nearest such group, or start their own.
 */
export function groupOccurrences(candidates: readonly EventCandidate[]): CandidateGroup[] {
  const groups: CandidateGroup[] = [];
  const body = candidates.filter((c) => !c.mention.headline);
  const headlines = candidates.filter((c) => c.mention.headline);
  // The group a candidate joins: the one it shares most names with, then the one told nearest to it.
  const best = (c: EventCandidate, distance: (g: CandidateGroup) => number) =>
    groups
      .filter((g) => g.candidates[0]!.mention.eventType === c.mention.eventType && tellsSame(g, c))
      .map((g) => ({ g, shared: sharedWeight(groupAnchors(g), c.anchors), d: distance(g) }))
      .sort((a, b) => b.shared - a.shared || a.d - b.d)[0]?.g;
  for (const c of body) {
    const same = best(c, (g) => c.mention.start - g.candidates.at(-1)!.mention.start);
    if (same) same.candidates.push(c);
    else groups.push({ candidates: [c] });
  }
  for (const c of headlines) {
    const same = best(c, (g) =>
      Math.min(...g.candidates.map((x) => (x.mention.sentence > c.mention.sentence ? x.mention.sentence - c.mention.sentence : c.mention.sentence - x.mention.sentence + 0.5))),
    );
    if (same) same.candidates.push(c);
    else groups.push({ candidates: [c] });
  }
  for (const g of groups) g.candidates.sort((a, b) => a.mention.start - b.mention.start);
  return groups.sort((a, b) => firstBody(a).mention.start - firstBody(b).mention.start);
}

/** The mention an occurrence is named after: its first body mention, else its first headline. */
export function firstBody(group: CandidateGroup): EventCandidate {
  return group.candidates.find((c) => !c.mention.headline) ?? group.candidates[0]!;
}
