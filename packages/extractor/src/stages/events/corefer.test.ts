import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { EventType } from "@newsgraph/graph-model";
import { REFERENCE_WINDOW, groupOccurrences, type CandidateGroup, type EventCandidate } from "./corefer";
import { placeKeys, type PlaceMention } from "./places";
import type { TimeExpression } from "./time";

// The grouping as first written, testing every candidate against every group and all of its members: the
// indexed version must pick the same groups whenever the article is shorter than the reference window.
const NOW = /^(?:early |late )?(?:today|tonight|overnight|this morning|last night|throughout the night|(?:in )?the early hours.*|(?:at|around) \d.*)$/i;
const VAGUE = /\b(?:recent|hours|days|weeks|this week|this month|this year|later|earlier)\b/i;
const PEOPLE_EVENTS = new Set(["meeting_talks", "visit", "election", "resignation_appointment", "agreement_action"]);
function sameTime(a: TimeExpression, b: TimeExpression): boolean {
  if (a.date && b.date) return a.date === b.date;
  const x = a.text.toLowerCase(), y = b.text.toLowerCase();
  return x === y || (NOW.test(x) && NOW.test(y)) || VAGUE.test(x) || VAGUE.test(y);
}
const weight = (x: string) => (x.startsWith("country:") ? 0.5 : x.startsWith("count:") ? (Number(x.split(":")[2]) >= 3 ? 1.5 : 0.5) : 1);
const sharedWeight = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((x) => b.has(x)).reduce((n, x) => n + weight(x), 0);
const keysOf = (places: readonly PlaceMention[]) => new Set(places.flatMap((p) => placeKeys(p.name)));
const finer = (places: readonly PlaceMention[]) => places.filter((p) => p.placeType !== "country");
const sharesPlace = (a: readonly PlaceMention[], b: readonly PlaceMention[]) => {
  const [x, y] = finer(a).length && finer(b).length ? [finer(a), finer(b)] : [a, b];
  const keys = keysOf(x);
  return y.some((p) => placeKeys(p.name).some((k) => keys.has(k)));
};
const placesClash = (a: readonly PlaceMention[], b: readonly PlaceMention[]) => {
  const bothFiner = finer(a).length > 0 && finer(b).length > 0;
  if (!bothFiner && (finer(a).length || finer(b).length)) return false;
  const [x, y] = bothFiner ? [finer(a), finer(b)] : [a, b];
  return x.some((p) => y.some((q) => p.placeType && p.placeType === q.placeType)) && !sharesPlace(x, y);
};
const groupPlaces = (g: CandidateGroup) => g.candidates.flatMap((c) => c.places);
const groupAnchors = (g: CandidateGroup) => new Set(g.candidates.flatMap((c) => [...c.anchors]));
function tellsSame(g: CandidateGroup, c: EventCandidate): boolean {
  const time = c.mention.backReference && c.time && c.time.end <= c.mention.start ? undefined : c.time;
  if (time && g.candidates.some((x) => x.time && !sameTime(x.time, time))) return false;
  if (placesClash(groupPlaces(g), c.places)) return false;
  const places = groupPlaces(g);
  if (c.mention.backReference && (!c.places.length || sharesPlace(places, c.places))) return true;
  if (places.length && c.places.length && sharesPlace(places, c.places)) return true;
  const anchors = groupAnchors(g);
  const shared = sharedWeight(anchors, c.anchors);
  if (c.mention.possessive && shared > 0 && (!c.places.length || sharesPlace(places, c.places))) return true;
  if (c.mention.headline) return shared > 0 || !c.anchors.size || !anchors.size;
  return shared >= (PEOPLE_EVENTS.has(c.mention.eventType) ? 2 : 1.5);
}
function allPairsGrouping(candidates: readonly EventCandidate[]): CandidateGroup[] {
  const groups: CandidateGroup[] = [];
  const best = (c: EventCandidate, distance: (g: CandidateGroup) => number) =>
    groups
      .filter((g) => g.candidates[0]!.mention.eventType === c.mention.eventType && tellsSame(g, c))
      .map((g) => ({ g, shared: sharedWeight(groupAnchors(g), c.anchors), d: distance(g) }))
      .sort((a, b) => b.shared - a.shared || a.d - b.d)[0]?.g;
  for (const c of candidates.filter((x) => !x.mention.headline)) {
    const same = best(c, (g) => c.mention.start - g.candidates.at(-1)!.mention.start);
    if (same) same.candidates.push(c);
    else groups.push({ candidates: [c] });
  }
  for (const c of candidates.filter((x) => x.mention.headline)) {
    const s = c.mention.sentence;
    const same = best(c, (g) => Math.min(...g.candidates.map((x) => (x.mention.sentence > s ? x.mention.sentence - s : s - x.mention.sentence + 0.5))));
    if (same) same.candidates.push(c);
    else groups.push({ candidates: [c] });
  }
  const first = (g: CandidateGroup) => g.candidates.find((c) => !c.mention.headline) ?? g.candidates[0]!;
  for (const g of groups) g.candidates.sort((a, b) => a.mention.start - b.mention.start);
  return groups.sort((a, b) => first(a).mention.start - first(b).mention.start);
}

interface Draft {
  eventType: EventType;
  sentence: number;
  headline: boolean;
  backReference: boolean;
  possessive: boolean;
  anchors: string[];
  places: PlaceMention[];
  time?: { text: string; date?: string; before: boolean };
}

function candidate(d: Draft, slot: number): EventCandidate {
  const start = d.sentence * 100 + slot * 10 + 5;
  const clause = { start: d.sentence * 100, end: d.sentence * 100 + 99 };
  const time = d.time && { text: d.time.text, ...(d.time.date ? { date: d.time.date } : {}), start: start + (d.time.before ? -5 : 3), end: start + (d.time.before ? -1 : 6) };
  return {
    mention: { eventType: d.eventType, lemma: "x", text: "x", start, end: start + 1, sentence: d.sentence, clause, headline: d.headline, backReference: d.backReference, possessive: d.possessive },
    places: d.places,
    anchors: new Set(d.anchors),
    ...(time ? { time } : {}),
    counts: {},
  };
}

const PLACES: PlaceMention[] = [
  { name: "Kyiv", placeType: "city", start: 0, end: 0 },
  { name: "Odesa", placeType: "city", start: 0, end: 0 },
  { name: "Kursk region", placeType: "region", start: 0, end: 0 },
  { name: "Belgorod region", placeType: "region", start: 0, end: 0 },
  { name: "Ukraine", placeType: "country", start: 0, end: 0 },
  { name: "Russia", placeType: "country", start: 0, end: 0 },
  { name: "Istanbul", start: 0, end: 0 },
];
const ANCHORS = ["zelensky", "putin", "country:russia", "country:ukraine", "country:turkey", "count:killed:12", "count:killed:2", "object:bridge"];
const TIMES = [{ text: "overnight" }, { text: "early today" }, { text: "on Saturday", date: "2025-06-07" }, { text: "Sunday", date: "2025-06-08" }, { text: "in recent weeks" }, { text: "on Monday" }];

const draft: fc.Arbitrary<Draft> = fc.record({
  eventType: fc.constantFrom<EventType>("attack", "meeting_talks"),
  sentence: fc.nat(40),
  headline: fc.boolean(),
  backReference: fc.boolean(),
  possessive: fc.boolean(),
  anchors: fc.uniqueArray(fc.constantFrom(...ANCHORS), { maxLength: 4 }),
  places: fc.uniqueArray(fc.constantFrom(...PLACES), { maxLength: 3 }),
  time: fc.option(fc.record({ text: fc.constantFrom(...TIMES.map((t) => t.text)), before: fc.boolean() }).map((t) => ({ ...t, ...TIMES.find((x) => x.text === t.text)! })), { nil: undefined }),
});

/** Candidates in text order, as findTriggers gives them; several may share a sentence. */
const candidates = (drafts: Draft[]) =>
  [...drafts].sort((a, b) => a.sentence - b.sentence).map((d, i, all) => candidate(d, all.slice(0, i).filter((x) => x.sentence === d.sentence).length));

const asIndexes = (groups: CandidateGroup[], all: readonly EventCandidate[]) => groups.map((g) => g.candidates.map((c) => all.indexOf(c)));

describe("groupOccurrences", () => {
  it("groups as testing every candidate against every group would, within the reference window", () => {
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 30 }), (drafts) => {
        const all = candidates(drafts);
        expect(asIndexes(groupOccurrences(all), all)).toEqual(asIndexes(allPairsGrouping(all), all));
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it("joins a back-reference to the latest event of its type that nothing contradicts", () => {
    const all = candidates([
      { eventType: "attack", sentence: 1, headline: false, backReference: false, possessive: false, anchors: ["odesa"], places: [PLACES[1]!], time: { text: "on Saturday", date: "2025-06-07", before: false } },
      { eventType: "attack", sentence: 3, headline: false, backReference: false, possessive: false, anchors: ["kyiv"], places: [PLACES[0]!], time: { text: "on Sunday", date: "2025-06-08", before: false } },
      { eventType: "attack", sentence: 5, headline: false, backReference: true, possessive: false, anchors: [], places: [], time: { text: "on Saturday", date: "2025-06-07", before: false } },
    ]);
    expect(asIndexes(groupOccurrences(all), all)).toEqual([[0, 2], [1]]);
  });

  it("does not reach back further than the reference window", () => {
    const attack = (sentence: number, backReference: boolean): Draft => ({ eventType: "attack", sentence, headline: false, backReference, possessive: false, anchors: [], places: [] });
    const near = candidates([attack(0, false), attack(REFERENCE_WINDOW, true)]);
    expect(asIndexes(groupOccurrences(near), near)).toEqual([[0, 1]]);
    const far = candidates([attack(0, false), attack(REFERENCE_WINDOW + 1, true)]);
    expect(asIndexes(groupOccurrences(far), far)).toEqual([[0], [1]]);
  });
});
