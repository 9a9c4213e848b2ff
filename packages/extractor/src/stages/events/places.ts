// Places named in a clause: "the Kaluga region", "the city of Podolsk", "in Istanbul", "over Bryansk".
// Countries are places too when an event happens in them; the same country may also be an Actor node (the
// state that acts): the two are different nodes, place:ukraine and actor:ukraine (see docs/extraction-events.md).
import type { PlaceType } from "@newsgraph/graph-model";
import type { Span } from "../../document/types";
import { countryByCapital, countryByDemonym, countryByName } from "../../lexicons/countries";
import { wordLexicon } from "../../lexicons/lookup";

export interface PlaceMention extends Span {
  /** Canonical form: "Kaluga region", "Podolsk", "Ukraine". */
  name: string;
  placeType?: PlaceType;
  /** ISO alpha-2 code when the place is a country or a capital. */
  country?: string;
}

const NAME = String.raw`(?:[\p{Lu}][\p{L}’'\-]*(?:\s+[\p{Lu}][\p{L}’'\-]*){0,3})`;
const KIND_WORDS: Record<string, PlaceType> = wordLexicon({
  region: "region", regions: "region", oblast: "region", oblasts: "region", province: "region", provinces: "region", republic: "region", state: "region", territory: "region", krai: "region",
  district: "district", districts: "district", county: "district", municipality: "district",
  city: "city", town: "city", village: "city", villages: "city", port: "city", capital: "city", settlement: "city",
  base: "site", airbase: "site", airport: "site", airports: "site", "air base": "site", plant: "site", bridge: "site", river: "site",
});
const NOT_PLACES = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Telegram", "X", "Twitter", "Facebook", "Instagram",
  "Mr", "Mrs", "Ms", "President", "Prime", "Minister", "The", "A", "An", "This", "That", "His", "Her", "Its", "Their", "GMT", "UTC",
]);
const singular = (kind: string) => (kind.endsWith("ies") ? `${kind.slice(0, -3)}y` : kind.replace(/s$/, ""));
/** The name without a possessive ending or trailing month and weekday words ("Geneva Monday" cannot happen, "Kyiv Sunday" can). */
const clean = (name: string) => {
  const words = name.replace(/['’]s$/, "").trim().split(/\s+/);
  while (words.length > 1 && NOT_PLACES.has(words.at(-1)!)) words.pop();
  return words.join(" ");
};

// Places that only describe someone or something else: "the governor of the Kaluga region", "which borders the
// Moscow region". They are not where the event happened.
const QUALIFIED = /^['’]?\s+(?:treaty|treaties|accord|accords|agreement|agreements|deal|pact|talks|summit|process|format|initiative|programme|program|negotiations)\b/i;
const ROLE_OF = /\b(?:governor|mayor|head|chief|leader|administration|authorities|officials?|president|parliament|minister)\s+of\s+(?:the\s+)?$/i;
const RELATIVE = /,\s+(?:which|who|whose|where)\b[^,]*/g;

// Made once: matchAll works on a copy, so the shared lastIndex is never touched.
// "Kaluga and Bryansk regions", "the Moscow region", "Istra district"
const KINDS = Object.keys(KIND_WORDS).filter((k) => k === k.toLowerCase()).join("|");
const NAMED = new RegExp(String.raw`(${NAME})(?:\s+and\s+(${NAME}))?\s+(${KINDS})\b(?!\s+of\b)`, "gu");
// "the city of Podolsk", "the industrial region of Donbas", "the Black Sea city of Odesa"
const OF_NAME = new RegExp(String.raw`\b(city|town|village|regions?|port city|port|provinces?|districts?|republic) of (${NAME})(?:\s+and\s+(${NAME}))?`, "gu");
// "in Istanbul", "over Bryansk", "near the Belaya base" (kinds were handled above)
const AFTER_PREPOSITION = new RegExp(String.raw`\b(?:in|over|near|outside|into|across|above|at|towards|from|on|against|targeting|targeted)\s+(?:the\s+)?(${NAME})`, "gu");

/** Places where an event in `span` happened; `trigger`, when given, keeps places of the trigger's own relative clause. */
export function findEventPlaces(text: string, span: Span, trigger?: Span, isActorName?: (name: string) => boolean): PlaceMention[] {
  const slice = text.slice(span.start, span.end);
  const asides = [...slice.matchAll(RELATIVE)].map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }));
  return findPlaces(text, span, isActorName).filter((p) => {
    if (ROLE_OF.test(text.slice(Math.max(span.start, p.start - 40), p.start))) return false;
    return !asides.some((a) => p.start >= a.start && p.end <= a.end && !(trigger && trigger.start >= a.start && trigger.end <= a.end));
  });
}

/** Places in `span`, sorted by position; a name that is also a listed actor's is skipped unless it is a country. */
export function findPlaces(text: string, span: Span, isActorName: (name: string) => boolean = () => false): PlaceMention[] {
  const slice = text.slice(span.start, span.end);
  const found: PlaceMention[] = [];
  const add = (name: string, start: number, end: number, placeType?: PlaceType) => {
    const country = countryByName(name);
    const capitalOf = countryByCapital(name);
    if (capitalOf && !placeType) placeType = "city";
    if (!country && (NOT_PLACES.has(name.split(/\s+/)[0]!) || isActorName(name))) return;
    if (found.some((p) => start < p.end && end > p.start)) return;
    const code = country?.code ?? capitalOf?.code;
    found.push({ name: country?.name ?? name, start, end, placeType: country && !placeType ? "country" : placeType, ...(code ? { country: code } : {}) });
  };
  for (const m of slice.matchAll(NAMED)) {
    const kind = m[3]!;
    if (countryByDemonym(m[1]!.split(/\s+/)[0]!)) continue; // "the Russian port city": an adjective, not a name
    const type = KIND_WORDS[kind];
    const first = clean(m[1]!.replace(/^.*['’]s\s+/u, ""));
    const firstStart = span.start + m.index + m[0].indexOf(first);
    const kindStart = span.start + m.index + m[0].length - kind.length;
    if (m[2]) {
      const second = clean(m[2]);
      const secondStart = span.start + m.index + m[0].lastIndexOf(m[2]);
      add(`${first} ${singular(kind)}`, firstStart, firstStart + first.length, type);
      add(`${second} ${singular(kind)}`, secondStart, kindStart + kind.length, type);
    } else if (!NOT_PLACES.has(first)) {
      add(`${first} ${singular(kind)}`, firstStart, kindStart + kind.length, type);
    }
  }
  for (const m of slice.matchAll(OF_NAME)) {
    const type = KIND_WORDS[m[1]!.split(" ").pop()!];
    for (const part of [m[2], m[3]]) {
      if (!part) continue;
      const name = clean(part);
      const start = span.start + m.index + m[0].lastIndexOf(part);
      add(name, start, start + name.length, type);
    }
  }
  for (const m of slice.matchAll(AFTER_PREPOSITION)) {
    // "on Russia's Pacific coast": the owner is the named place; "in the Russian port city" names none.
    const name = clean(m[1]!.split(/['’]s\s/u)[0]!);
    const first = name.split(/\s+/)[0]!;
    if (NOT_PLACES.has(first) || (countryByDemonym(first) && !countryByName(name))) continue;
    // "in the New START treaty", "in the Istanbul talks": a name that qualifies a thing, not a place.
    if (QUALIFIED.test(slice.slice(m.index + m[0].length))) continue;
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    add(name, start, start + name.length, undefined);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The words of a place name that identify it, for telling whether two mentions are the same place. */
export function placeKeys(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w && !(singular(w) in KIND_WORDS) && !["the", "of", "and"].includes(w));
}
