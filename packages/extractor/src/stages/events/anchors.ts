// The names a clause is about, reduced to comparable keys ("Russian" → russia, "Moscow" → russia, "Kim Jong Un"
// → kim + un): two mentions of one event usually share at least two of them.
import type { Span } from "../../document/types";
import { countryByCapital, countryByDemonym, countryByName } from "../../lexicons/countries";
import { stripPossessive, tokenize } from "./text";

const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "president", "prime", "minister", "mayor", "governor", "general", "leader", "chief", "head", "secretary",
  "spokesman", "spokeswoman", "spokesperson", "deputy", "foreign", "defence", "defense", "commander", "king", "queen", "chancellor",
  "the", "a", "an", "and", "but", "in", "on", "at", "this", "that", "it", "he", "she", "they", "we", "his", "her", "its", "their", "our",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "live", "read", "watch", "picture", "video",
]);

const COUNTRY = "country:";
const countryKey = (word: string): string | undefined => {
  const entry = countryByDemonym(word) ?? countryByName(word) ?? countryByCapital(word);
  return entry ? `${COUNTRY}${entry.name.toLowerCase()}` : undefined;
};

/** Keys of the proper names in a span: countries by name, demonym or capital; others by first and last word. */
export function anchorsOf(text: string, span: Span): Set<string> {
  const out = new Set<string>();
  const tokens = tokenize(text, span);
  let run: string[] = [];
  const flush = () => {
    if (run.length) {
      const whole = countryKey(run.join(" "));
      if (whole) out.add(whole);
      else {
        out.add(run[0]!);
        out.add(run[run.length - 1]!);
      }
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = stripPossessive(t.lower);
    const capitalised = /^\p{Lu}/u.test(t.text);
    if (!capitalised || TITLES.has(word)) {
      flush();
      continue;
    }
    const bare = stripPossessive(t.text.replace(/’/g, "'"));
    const country = countryKey(bare);
    if (country && run.length === 0 && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) {
      out.add(country);
      continue;
    }
    run.push(word);
    if (word !== t.lower.replace(/’/g, "'")) flush(); // a possessive ends the name: "Russia's Kaluga region"
  }
  flush();
  return out;
}

/**
 * How much one shared key weighs: a person, place or object counts 1, a country half (wire copy names them
 * everywhere), the same toll of three or more ("killed 12") 1.5, a smaller one half.
 */
export const anchorWeight = (x: string): number => {
  if (x.startsWith(COUNTRY)) return 0.5;
  if (x.startsWith("count:")) return Number(x.split(":")[2]) >= 3 ? 1.5 : 0.5;
  return 1;
};

/** What was struck, shut or taken, as a key: two clauses about "the airports" or "the cafe" tell one event. */
const FACILITIES = new Set([
  "airport", "airports", "bridge", "bridges", "port", "ports", "airbase", "airbases", "base", "bases", "hospital", "hospitals", "school", "schools",
  "cafe", "restaurant", "market", "church", "warehouse", "plant", "refinery", "depot", "dam", "pipeline", "station", "railway", "train",
  "village", "villages", "town", "settlement", "settlements", "apartment", "crossing",
]);

export function objectAnchors(text: string, span: Span): string[] {
  return tokenize(text, span)
    .map((t) => stripPossessive(t.lower))
    .filter((w) => FACILITIES.has(w))
    .map((w) => `object:${w.replace(/s$/, "")}`);
}
