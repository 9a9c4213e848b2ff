// Roles written around a name: before it ("Ukraine’s top military commander Oleksandr Syrskyi",
// "its mayor Sergei Sobyanin") or after it as an apposition ("Bryan Lanza, a long-time Republican party strategist,").
import { isPossessive, type Token } from "../../document/tokens";
import { countryByCapital, countryByDemonym, countryByName, type CountryEntry } from "../../lexicons/countries";
import { ORG_HEADS } from "../../lexicons/organizations";
import { PERSON_TITLES, TITLE_MODIFIERS } from "../../lexicons/titles";

export interface Role {
  text: string;
  start: number;
  end: number;
  country?: CountryEntry;
  /** The apposition names an organization ("Russia’s federal air transport agency"). */
  organization?: boolean;
}

const STOP_BEFORE = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "by", "and", "with", "to", "as", "said", "says", "that", "while", "after", "from", "between", "when"]);

function countryOfWords(tokens: readonly Token[]): CountryEntry | undefined {
  for (const t of tokens) {
    const c = countryByDemonym(t.text) ?? (t.cap ? countryByName(t.text) ?? countryByCapital(t.text) : undefined);
    if (c) return c;
  }
  return undefined;
}

/** The title phrase that ends right before tokens[index]. */
export function roleBefore(text: string, tokens: readonly Token[], index: number): Role | undefined {
  let k = index - 1;
  let sawTitle = false;
  let first = index;
  while (k >= 0 && index - k <= 9) {
    const t = tokens[k]!;
    const ok = t.word && (PERSON_TITLES.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || countryByDemonym(t.text) || (t.cap && !STOP_BEFORE.has(t.lower)) || t.lower === "of");
    if (isPossessive(t)) {
      k--;
      continue;
    }
    if (!ok || STOP_BEFORE.has(t.lower)) break;
    if (PERSON_TITLES.has(t.lower)) sawTitle = true;
    first = k;
    k--;
  }
  if (!sawTitle) return undefined;
  // The phrase must end with a title ("foreign minister"), not with an organization name before the person.
  const phrase = tokens.slice(first, index);
  let lastTitle = phrase.length - 1;
  while (lastTitle >= 0 && !PERSON_TITLES.has(phrase[lastTitle]!.lower)) lastTitle--;
  if (lastTitle < 0) return undefined;
  const start = phrase[0]!.start, end = phrase.at(-1)!.end;
  if (phrase[0]!.lower === "of") return undefined;
  return { text: text.slice(start, end), start, end, country: countryOfWords(phrase) };
}

/** ", a long-time Republican party strategist," or ", governor of the Kaluga region," right after a name. */
export function appositionAfter(text: string, end: number): Role | undefined {
  const m = /^,\s+((?:(?:a|an|the)\s+)?(?:[^,;:“”"‘’()]|(?<=\p{L})’(?=\p{L}))(?:[^,;:“”"‘()]|(?<=\p{L})’(?=\p{L})){2,89}?)\s*(?=,|\s+(?:said|says|told|added|warned|claimed|announced|reported)\b|\.\s|$)/u.exec(text.slice(end, end + 120));
  if (!m) return undefined;
  const phrase = m[1]!.replace(/^(?:a|an|the)\s+/i, "");
  const words: string[] = phrase.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  if (!words.length || /^(who|which|where|when|whose|that|and|but|as|while|after|said)\b/.test(words[0]!)) return undefined;
  const headPart = words.slice(0, words.indexOf("of") >= 0 ? words.indexOf("of") : words.length);
  const isTitle = headPart.some((w) => PERSON_TITLES.has(w));
  const isOrg = ORG_HEADS.has(headPart.at(-1) ?? "") || headPart.at(-1) === "agency";
  if (!isTitle && !isOrg) return undefined;
  const start = end + m.index + m[0].indexOf(m[1]!);
  const roleStart = start + (m[1]!.length - phrase.length);
  const country = (phrase.match(/[\p{L}.-]+/gu) ?? []).map((w) => countryByDemonym(w) ?? countryByName(w) ?? countryByCapital(w)).find(Boolean);
  return { text: phrase, start: roleStart, end: roleStart + phrase.length, country, organization: isOrg && !isTitle };
}
