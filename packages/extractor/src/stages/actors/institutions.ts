// Institutions and groups named by a country and a common head: "Russia’s defence ministry",
// "the Ukrainian army", "North Korean troops", "Russian officials". Bare heads ("the defence ministry") are
// returned unqualified; the stage qualifies or resolves them.
import { isPossessive, type Token } from "../../document/tokens";
import { countryByCapital, countryByName, leadingCountryName, leadingDemonym, type CountryEntry } from "../../lexicons/countries";
import { GROUP_HEADS, INSTITUTION_HEADS } from "../../lexicons/organizations";

export interface InstitutionMatch {
  start: number;
  end: number;
  /** Where the head starts (after the country words). */
  headStart: number;
  country?: CountryEntry;
  /** A place that is not a country qualifying the head: "the Gaza health ministry", "Gaza's health ministry". */
  place?: string;
  /** Canonical head: "Defence Ministry", "officials". */
  head: string;
  kind: "institution" | "group";
  /** "the" before a bare head: "the defence ministry". */
  definite: boolean;
}

const QUALIFIERS = new Set(["regional", "local", "state", "federal", "top", "senior", "military", "government", "western", "eastern", "northern", "southern", "central", "national", "city", "border"]);
const HEAD_PHRASES = [...Object.keys(INSTITUTION_HEADS), ...Object.keys(GROUP_HEADS)].map((h) => h.split(" ")).sort((a, b) => b.length - a.length);
/** Head phrases by first word, longest first. */
const HEADS_BY_FIRST = new Map<string, string[][]>();
for (const words of HEAD_PHRASES) HEADS_BY_FIRST.set(words[0]!, [...(HEADS_BY_FIRST.get(words[0]!) ?? []), words]);

function headAt(tokens: readonly Token[], i: number, qualified: boolean): { length: number; head: string; kind: InstitutionMatch["kind"] } | undefined {
  for (const words of HEADS_BY_FIRST.get(tokens[i]?.lower ?? "") ?? []) {
    if (words.every((w, k) => tokens[i + k]?.lower === w)) {
      const phrase = words.join(" ");
      const next = tokens[i + words.length];
      // "state news agency Interfax": the head describes the name that follows.
      if (next && next.word && next.cap) return undefined;
      // "the army chief", "forces commander": the head qualifies a person, not the institution; "Russia’s foreign
      // ministry spokeswoman Maria Zakharova" still names the ministry, which a country makes definite.
      const personFollows = next && next.word && /^(chief|commander|head|spokesman|spokeswoman|spokesperson|minister|official|officer|leader)$/.test(next.lower);
      if (next && next.word && (/^(units?|systems?)$/.test(next.lower) || (personFollows && !qualified)) && !HEAD_PHRASES.some((h) => h.join(" ") === `${phrase} ${next.lower}`)) return undefined;
      if (INSTITUTION_HEADS[phrase]) return { length: words.length, head: INSTITUTION_HEADS[phrase]!, kind: "institution" };
      return { length: words.length, head: GROUP_HEADS[phrase]!, kind: "group" };
    }
  }
  return undefined;
}

/** The head after up to a few qualifiers ("federal government"), or a qualifier that is itself the head ("the US military"). */
function headAfterQualifiers(tokens: readonly Token[], from: number, qualified: boolean, limit = 4): { at: number; head: NonNullable<ReturnType<typeof headAt>> } | undefined {
  let k = from;
  while (k < tokens.length && QUALIFIERS.has(tokens[k]!.lower) && k - from < limit) k++;
  for (let q = k; q >= from; q--) {
    const head = headAt(tokens, q, qualified);
    if (head) return { at: q, head };
  }
  return undefined;
}

export function findInstitutions(tokens: readonly Token[]): InstitutionMatch[] {
  const out: InstitutionMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap && tokens[i]!.lower !== "the") continue;
    const words = tokens.slice(i, i + 4).map((t) => t.text);
    let country: CountryEntry | undefined;
    let k = i;
    const demonym = tokens[i]!.cap ? leadingDemonym(words) : undefined;
    const named = tokens[i]!.cap ? leadingCountryName(words) ?? (countryByCapital(tokens[i]!.text) ? { entry: countryByCapital(tokens[i]!.text)!, length: 1 } : undefined) : undefined;
    if (demonym) {
      country = demonym.entry;
      k = i + demonym.length;
    } else if (named && isPossessive(tokens[i + named.length])) {
      country = named.entry;
      k = i + named.length + 1;
    }
    let definite = !country && /^(the)$/.test(tokens[i]!.lower);
    if (definite) k = i + 1;
    // A named place of its own: "the Gaza health ministry" is not "the health ministry" named before.
    let place: string | undefined;
    const placeAt = definite ? i + 1 : i;
    let startIndex = placeAt;
    if (!country && tokens[placeAt]?.cap && tokens[placeAt]!.word && !leadingDemonym([tokens[placeAt]!.text])) {
      const possessive = isPossessive(tokens[placeAt + 1]);
      const headIndex = placeAt + (possessive ? 2 : 1);
      const found = headAfterQualifiers(tokens, headIndex, true, 3);
      if (found?.head.kind === "institution" && found.head.head !== "Government" && (definite || possessive) && !tokens[found.at]!.cap) {
        // "the US military", "the Kyiv city council": a country or its capital qualifies as the country.
        country = countryByName(tokens[placeAt]!.text);
        if (!country) place = tokens[placeAt]!.text;
        else definite = false;
        startIndex = placeAt;
        k = found.at;
      }
    }
    if (!country && !definite && !place) continue;
    const found = headAfterQualifiers(tokens, k, !!country, 5 - (k - i));
    if (!found) continue;
    const head = found.head;
    k = found.at;
    // Bare groups need a country; bare plurals without one are speakers only ("officials said"), found later.
    if (!country && head.kind === "group") continue;
    const end = tokens[k + head.length - 1]!.end;
    out.push({ start: tokens[startIndex]!.start, end, headStart: tokens[k]!.start, country, place, head: head.head, kind: head.kind, definite });
    i = k + head.length - 1;
  }
  return out;
}

/** "Russian Defence Ministry", "North Korean troops", "Russian officials". */
export function institutionName(country: CountryEntry | undefined, head: string, place?: string): string {
  if (place) return `${place} ${head}`;
  return country ? `${country.demonym} ${head}` : head;
}

