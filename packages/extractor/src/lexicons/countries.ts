// Countries, their demonyms and capitals, from the maintained world-countries package, plus the
// short forms wire copy uses ("U.S.", "Britain", "the DPRK"). Keys are lowercase surface forms.
import countries from "world-countries";

export interface CountryEntry {
  /** Canonical name: the common English name ("Russia", "United States"). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Adjective form: "Russian", "North Korean". */
  demonym: string;
}

const byName = new Map<string, CountryEntry>();
const byDemonym = new Map<string, CountryEntry>();
const byCapital = new Map<string, CountryEntry>();
const byCode = new Map<string, CountryEntry>();

const LATIN = /^[\p{Script=Latin}\p{N} .,'’()-]+$/u;

// Wire-copy forms the package does not list, keyed by alpha-2 code.
const EXTRA_NAMES: Record<string, string[]> = {
  US: ["US", "U.S.", "U.S", "USA", "U.S.A.", "America", "United States of America"],
  GB: ["Britain", "Great Britain", "UK", "U.K.", "U.K"],
  KP: ["DPRK", "the DPRK"],
  KR: ["South Korea"],
  RU: ["Russian Federation"],
  CN: ["PRC"],
  CZ: ["Czech Republic"],
  TR: ["Turkey", "Türkiye", "Turkiye"],
  AE: ["UAE"],
};
const EXTRA_DEMONYMS: Record<string, string[]> = { GB: ["British"], US: ["U.S."], NL: ["Dutch"], KP: ["North Korean"], KR: ["South Korean"] };
// Two-letter codes that are also ordinary words or pronouns are only names in capitals (handled by callers).
const AMBIGUOUS_CODES = new Set(["US", "IN", "IT", "ME", "NO", "TO", "AS", "AT", "BE", "DO", "GO", "HE", "IS", "MY", "SO", "AM"]);

// Canonical names as English-language news writes them, where the package's common name differs.
const CANONICAL: Record<string, string> = { TR: "Turkey", CZ: "Czech Republic", CV: "Cape Verde", SZ: "Eswatini" };

for (const c of countries) {
  const entry: CountryEntry = { name: CANONICAL[c.cca2] ?? c.name.common, code: c.cca2, demonym: c.demonyms?.eng?.m ?? c.name.common };
  byCode.set(c.cca2, entry);
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && LATIN.test(s)), ...(EXTRA_NAMES[c.cca2] ?? [])];
  for (const n of names) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), entry);
  for (const d of [entry.demonym, ...(EXTRA_DEMONYMS[c.cca2] ?? [])]) if (d && !byDemonym.has(d.toLowerCase())) byDemonym.set(d.toLowerCase(), entry);
  for (const cap of c.capital ?? []) if (!byCapital.has(cap.toLowerCase())) byCapital.set(cap.toLowerCase(), entry);
}
// Capitals spelt the way English-language wire copy spells them.
for (const [cap, code] of [["kyiv", "UA"], ["kiev", "UA"], ["washington", "US"], ["beijing", "CN"], ["tehran", "IR"], ["london", "GB"]] as const) {
  byCapital.set(cap, byCode.get(code)!);
}

export function countryByName(surface: string): CountryEntry | undefined {
  // Called for most capitalized words of an article: the regular expression and case checks only where they can apply.
  const key = (surface.length > 4 && (surface[0] === "t" || surface[0] === "T") ? surface.replace(/^the\s+/i, "") : surface).toLowerCase();
  if (surface.length === 2 && AMBIGUOUS_CODES.has(surface.toUpperCase()) && surface !== surface.toUpperCase()) return undefined;
  return byName.get(key) ?? byName.get(`the ${key}`);
}
export const countryByDemonym = (surface: string): CountryEntry | undefined => byDemonym.get(surface.toLowerCase());
export const countryByCapital = (surface: string): CountryEntry | undefined => byCapital.get(surface.toLowerCase());
export const countryByCode = (code: string): CountryEntry | undefined => byCode.get(code);

// First words of every multiword key, so that most words are rejected without joining phrases.
const firstWords = new Set<string>();
const indexFirstWords = () => {
  for (const map of [byName, byDemonym]) for (const key of map.keys()) firstWords.add(key.split(" ")[0]!);
  firstWords.add("the");
};

/** The longest demonym ("North Korean" before "Korean") that starts a phrase, if any. */
export function leadingDemonym(words: readonly string[]): { entry: CountryEntry; length: number } | undefined {
  if (!firstWords.size) indexFirstWords();
  if (!words.length || !firstWords.has(words[0]!.toLowerCase())) return undefined;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const entry = byDemonym.get(words.slice(0, n).join(" ").toLowerCase());
    if (entry) return { entry, length: n };
  }
  return undefined;
}

/** Longest country name made of the first words (up to 5). */
export function leadingCountryName(words: readonly string[]): { entry: CountryEntry; length: number } | undefined {
  if (!firstWords.size) indexFirstWords();
  if (!words.length || !firstWords.has(words[0]!.toLowerCase())) return undefined;
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const phrase = words.slice(0, n).join(" ");
    const entry = countryByName(phrase);
    if (entry) return { entry, length: n };
  }
  return undefined;
}
