// Proper names in a sentence: runs of capitalized words, split into the titles and country words before a
// name and the name itself, then typed with gazetteers (countries, known organizations, organization and
// place heads, given names) and the words around them.
import nlp from "compromise";
import type { ActorType } from "@newsgraph/graph-model";
import { isPossessive, type Token } from "../../document/tokens";
import { countryByCapital, countryByCode, countryByName, leadingCountryName, leadingDemonym, type CountryEntry } from "../../lexicons/countries";
import { isGivenName } from "../../lexicons/given-names";
import { KNOWN_ORGANIZATIONS, ORG_HEADS, PLACE_HEADS, PLATFORM_NAMES, SEATS_OF_INTERNATIONAL_BODIES } from "../../lexicons/organizations";
import { FINITE_CUES } from "../../lexicons/reporting-verbs";
import { HONORIFICS, PERSON_TITLES, TITLE_MODIFIERS } from "../../lexicons/titles";
import { appositionAfter } from "./roles";

export interface NameCandidate {
  /** The name itself, without titles: "Vladimir Putin". */
  start: number;
  end: number;
  /** The whole phrase with titles and country words: "Russian President Vladimir Putin". */
  phraseStart: number;
  name: string;
  actorType: ActorType | "surname";
  country?: CountryEntry;
  role?: string;
  /** A capital city standing for its government ("Moscow said"). */
  metonymy?: boolean;
  evidence: string;
}

// Name particles stay inside names: "Abdel Fattah al-Burhan", "Ursula von der Leyen", "Luiz Inacio Lula da Silva".
const CONNECTORS = new Set(["of", "for", "the", "de", "al", "el", "bin", "bint", "ibn", "abu", "von", "van", "der", "den", "la", "le", "du", "da", "di", "dos", "das", "del", "and"]);
const TIME_WORDS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter"]);
const NOT_NAMES = new Set(["i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "there", "here", "read", "watch", "live", "update", "breaking", "exclusive", "analysis", "opinion", "video", "photo", "pictured", "god", "mr", "mrs", "ms", "dr", "the", "a", "an", "but", "and", "or", "if", "as", "so", "in", "on", "at", "by", "after", "before", "while", "when", "since", "though", "although", "despite", "amid", "meanwhile", "still", "also", "however", "yet", "according", "key", "back", "follow", "all", "some", "many", "most", "more", "several", "one", "two", "both", "each", "every", "no", "not", "his", "her", "its", "their", "our", "my", "your"]);
const UNITS = new Set(["GMT", "UTC", "BST", "CET", "EST", "PST", "AM", "PM", "TV", "OK", "CEO", "GDP", "km", "KM", "ID", "PDF", "HIV", "COVID", "DNA", "ISW"]);
const LOCATION_PREPOSITIONS = new Set(["in", "to", "over", "near", "from", "toward", "towards", "around", "outside", "at", "across", "into", "of", "targeting", "reach", "reaching", "via", "above", "on", "through", "inside", "within", "east", "west", "north", "south", "southwest", "southeast", "northwest", "northeast"]);
const LOCATION_FOLLOWERS = new Set(["region", "oblast", "district", "city", "airport", "airports", "metro", "time", "mayor", "suburbs", "streets", "area", "province", "krai"]);
const NAME_TAG_RE = /Name|Person|Place|Country|City|Region|Organization|ProperNoun|Demonym/;

let commonLexicon: Record<string, string | string[]> | undefined;
/** A capitalized word that is an ordinary word written at a sentence start ("Despite", "Emergency"). */
function isCommonWord(lower: string): boolean {
  commonLexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  if (NOT_NAMES.has(lower) || TIME_WORDS.has(lower)) return true;
  const tag = commonLexicon[lower];
  if (tag === undefined) return /(ly|ing|ed|ness|ment|tion|ions|ies)$/.test(lower);
  const tags = Array.isArray(tag) ? tag.join(" ") : tag;
  return !NAME_TAG_RE.test(tags);
}

/** A surname in compromise's lexicon ("Putin"): a person even when named once without a given name. */
export function isKnownSurname(lower: string): boolean {
  commonLexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tag = commonLexicon[lower];
  return (Array.isArray(tag) ? tag : [tag]).includes("LastName");
}

const isCapWord = (t: Token | undefined): t is Token => !!t && t.word && t.cap;
/** Generational suffixes written after a surname: "Jr.", "Sr.", "III". */
export const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** One capital letter: a middle initial when a full stop and another name word follow. */
const isInitial = (t: Token): boolean => t.cap && t.text.length === 1;
/** A surname written with its particle in one word: "al-Burhan", "el-Sisi", "bin-Salman". */
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben|da|de|di|du|van|von)[-‑’'][\p{Lu}]/u;
const isNameWord = (t: Token | undefined): t is Token => !!t && t.word && (t.cap || PARTICLE_NAME.test(t.text));

/** Runs of capitalized words (with "of", "for the" between them), in sentence order. */
export function capitalizedRuns(tokens: readonly Token[], lowerSeen: ReadonlySet<string>): Token[][] {
  const runs: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!isCapWord(tok)) continue;
    const prev = tokens[i - 1];
    const atStart = !prev || /^["“‘'(:–—-]$/.test(prev.text) || (prev.text === "." && i > 0);
    // "Bill Amos said …" at a sentence start: a given name before another name word is no common noun.
    const titleBeforeName = (isTitleWord(tok) || isGivenName(tok.text)) && isCapWord(tokens[i + 1]);
    if (atStart && !titleBeforeName && (isCommonWord(tok.lower) || lowerSeen.has(tok.lower)) && !countryByName(tok.text) && !knownOrgPrefix(tokens.slice(i, i + 6))) continue;
    const run = [tok];
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (isNameWord(next) && next.start - tokens[j]!.end <= 1) {
        run.push(next);
        j++;
        continue;
      }
      // A middle initial ("John Q. Public") and an abbreviated suffix ("Jr.", "Sr."): the full stop stays inside.
      if (next?.text === "." && next.start === tokens[j]!.end) {
        const following = tokens[j + 2];
        const initial = isInitial(tokens[j]!) && isNameWord(following) && following.start - next.end <= 1;
        const suffix = run.length > 1 && NAME_SUFFIXES.has(tokens[j]!.lower);
        if (initial || suffix) {
          run.push(next);
          j++;
          if (initial) continue;
          break;
        }
      }
      // "Institute for the Study of War": up to two connectors between capitalized words, never "and"
      // unless the whole is a known name.
      let k = j + 1;
      const connectors: Token[] = [];
      while (k < tokens.length && connectors.length < 2 && CONNECTORS.has(tokens[k]!.text) && tokens[k]!.text !== "and") connectors.push(tokens[k++]!);
      // "Council for a Stable Currency": an article after "for"/"of" inside an organization's name.
      if (connectors.length === 1 && /^(for|of)$/.test(connectors[0]!.text) && /^(a|an)$/.test(tokens[k]?.text ?? "") && run.some((t) => ORG_HEADS.has(t.lower))) connectors.push(tokens[k++]!);
      const joined = joinedByAnd(tokens, j, run);
      if (joined) {
        run.push(...tokens.slice(j + 1, joined + 1));
        j = joined;
        continue;
      }
      // "Secretary of State Antony Blinken": a title's portfolio joins when a name follows it.
      const portfolio = isTitleWord(run.at(-1)!) && connectors.length === 1 && connectors[0]!.text === "of" && isCapWord(tokens[k + 1]) && isCapWord(tokens[k + 2]);
      if (connectors.length && isCapWord(tokens[k]) && !countryByName(run.map((t) => t.text).join(" ")) && (!isTitleWord(run.at(-1)!) || portfolio)) {
        run.push(...connectors, tokens[k]!);
        j = k;
        continue;
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/**
 * "Office of Ports and Harbor Services": "and" joins the capitalized words after it when they end in an
 * organization's head word and the words before it do not (two organizations, "the Navy and Coast Guard", stay
 * two). Returns the index of the last token joined.
 */
function joinedByAnd(tokens: readonly Token[], j: number, run: readonly Token[]): number | undefined {
  if (tokens[j + 1]?.text !== "and" || ORG_HEADS.has(tokens[j]!.lower) || isGivenName(run[0]!.text)) return undefined;
  if (countryByName(run.map((t) => t.text).join(" ")) || knownOrgPrefix(run) === run.length) return undefined;
  let k = j + 2;
  if (!isCapWord(tokens[k]) || leadingDemonym([tokens[k]!.text]) || countryByName(tokens[k]!.text)) return undefined;
  while (isCapWord(tokens[k + 1]) && k - j < 5) k++;
  return ORG_HEADS.has(tokens[k]!.lower) && !GROUP_WORDS.has(tokens[k]!.lower) ? k : undefined;
}
/** Heads that name armed or collective bodies of their own ("forces", "army"), never the tail of a longer name. */
const GROUP_WORDS = new Set(["forces", "army", "navy", "police", "guard", "front", "movement"]);

/** "Secretary-General", "Director-General" and "Vice-Chancellor" are titles through any of their parts. */
const isTitleWord = (t: Token): boolean => {
  const lower = t.lower.replace(/\.$/, "");
  return HONORIFICS.has(lower) || PERSON_TITLES.has(lower) || (/-/.test(lower) && lower.split("-").some((part) => PERSON_TITLES.has(part)));
};
const ABBREVIATED_RANKS = new Set(["gen", "col", "lt", "sgt", "capt", "maj", "adm", "brig", "cpl", "gov", "sen", "rep", "rev", "prof", "dr", "insp", "supt", "cmdr"]);
/** A title written just before the run ("ministry spokesman Majed …", "a spokeswoman, Anitta …"). */
function titleJustBefore(tokens: readonly Token[], first: number, last: number): boolean {
  const isTitle = (t: Token | undefined) => !!t && t.word && !t.cap && PERSON_TITLES.has(t.lower) && !/^(source|official|analyst|representative|deputy)$/.test(t.lower);
  // "Gen. Assimi Goita", "Col. Abdoulaye Maiga": an abbreviated rank, its full stop a token of its own.
  if (tokens[first - 1]?.text === "." && tokens[first - 2]?.end === tokens[first - 1]!.start && ABBREVIATED_RANKS.has(tokens[first - 2]!.lower)) return true;
  if (tokens[first - 1]?.text !== ",") return isTitle(tokens[first - 1]);
  // An apposition closed by a comma: "the UN's humanitarian coordinator for Sudan, Clementine Nkweta-Salami,".
  if (tokens[last + 1]?.text !== ",") return false;
  for (let k = first - 2; k >= 0 && k >= first - 7; k--) {
    const t = tokens[k]!;
    if (isTitle(t)) return true;
    if (!(t.cap || /^(of|for|the|in|at)$/.test(t.lower))) return false;
  }
  return false;
}
const joinText = (text: string, toks: readonly Token[]): string => (toks.length ? text.slice(toks[0]!.start, toks.at(-1)!.end) : "");

/** First words of the known organizations' names, so that most words are rejected without joining phrases. */
const KNOWN_FIRST_WORDS = new Set(Object.keys(KNOWN_ORGANIZATIONS).map((k) => k.split(" ")[0]!));
function knownOrgPrefix(toks: readonly Token[]): number {
  if (!toks.length || !KNOWN_FIRST_WORDS.has(toks[0]!.lower)) return 0;
  for (let n = Math.min(6, toks.length); n >= 1; n--) {
    if (!KNOWN_ORGANIZATIONS[toks.slice(0, n).map((t) => t.lower).join(" ")]) continue;
    // Short acronyms count in capitals only: "WHO said", not "Who said".
    if (n === 1 && toks[0]!.lower.replace(/\./g, "").length <= 3 && toks[0]!.text !== toks[0]!.text.toUpperCase()) continue;
    return n;
  }
  return 0;
}

/** "WASHINGTON (AP) -", "BRUSSELS, Nov 3 (Reuters) -": where the story was filed, not an actor. */
export function isDateline(text: string, tokens: readonly Token[], run: readonly Token[]): boolean {
  if (tokens.indexOf(run[0]!) !== 0 || !run.every((t) => !t.word || t.text === t.text.toUpperCase())) return false;
  if (!run.some((t) => /\p{Lu}{3,}/u.test(t.text))) return false;
  return /^\s*(?:\([^)]{1,40}\)\s*)?(?:[-–—]|,\s*\p{Lu}\p{Ll}+\.?\s+\d)/u.test(text.slice(run.at(-1)!.end, run.at(-1)!.end + 50));
}

/** ", a former press officer," after a name: an apposition that names a person's title. */
function personApposition(text: string, end: number): boolean {
  const role = appositionAfter(text, end);
  return !!role && !role.organization;
}

/** Words of a name that count towards its length: not initials' full stops, initials or "Jr.". */
const nameWords = (toks: readonly Token[]): number => toks.filter((t) => t.word && t.text.length > 1 && !NAME_SUFFIXES.has(t.lower)).length;

/**
 * "Dana Reyes of the Harbor Institute", "Tom Ilves for Open Rivers": a person's name, then "of"/"for" and where
 * they work. Split in two so that neither becomes one long organization. The name must start with a given name
 * and hold no organization or title word.
 */
function personOfOrganization(run: readonly Token[]): [Token[], Token[]] | undefined {
  const at = run.findIndex((t) => t.text === "of" || t.text === "for");
  if (at < 2 || !isGivenName(run[0]!.text)) return undefined;
  const name = run.slice(0, at);
  if (nameWords(name) > 4 || name.some((t) => ORG_HEADS.has(t.lower) || isTitleWord(t) || PLACE_HEADS.has(t.lower))) return undefined;
  let from = at + 1;
  while (run[from] && CONNECTORS.has(run[from]!.text)) from++;
  return from < run.length ? [name, run.slice(from)] : undefined;
}

/** Typed name candidates from one run of capitalized words. */
export function classifyRun(text: string, tokens: readonly Token[], run: Token[], runIndex: number): NameCandidate[] {
  const out: NameCandidate[] = [];
  if (isDateline(text, tokens, run)) return out;
  const employed = personOfOrganization(run);
  if (employed) return [...classifyRun(text, tokens, employed[0], runIndex), ...classifyRun(text, tokens, employed[1], -1)];
  let toks = run;
  if (toks[0]!.lower === "the" && !KNOWN_ORGANIZATIONS[toks.map((t) => t.lower).join(" ")]) toks = toks.slice(1);
  if (!toks.length) return out;
  const phraseStart = toks[0]!.start;

  // A known organization at the start ("Kremlin", "Security Council Sergei Shoigu", "the West").
  const prevWord = tokens[tokens.indexOf(toks[0]!) - 1];
  const theKnown = prevWord?.lower === "the" ? KNOWN_ORGANIZATIONS[`the ${toks.map((t) => t.lower).join(" ")}`] : undefined;
  if (theKnown) return [{ start: toks[0]!.start, end: toks.at(-1)!.end, phraseStart, name: theKnown.name, actorType: theKnown.group ? "group" : "organization", evidence: "known organization" }];
  const knownLen = knownOrgPrefix(toks);
  if (knownLen) {
    const known = KNOWN_ORGANIZATIONS[toks.slice(0, knownLen).map((t) => t.lower).join(" ")]!;
    out.push({ start: toks[0]!.start, end: toks[knownLen - 1]!.end, phraseStart, name: known.name, actorType: known.group ? "group" : "organization", country: known.country ? countryByCode(known.country) : undefined, evidence: "known organization" });
    toks = toks.slice(knownLen);
    if (!toks.length) return out;
  }

  const words = toks.map((t) => t.text);
  const wholeCountry = leadingCountryName(words);
  if (wholeCountry && wholeCountry.length === toks.length) {
    return [...out, { start: toks[0]!.start, end: toks.at(-1)!.end, phraseStart, name: wholeCountry.entry.name, actorType: "country", country: wholeCountry.entry, evidence: "country gazetteer" }];
  }

  // Country words and titles before the name: "U.S. President", "Russian Deputy Foreign Minister".
  let p = 0;
  let country: CountryEntry | undefined;
  const countryWords = leadingCountryName(words) ?? leadingDemonym(words);
  // "the U.S. Justice Department", "Russia's Kremlin": a known organization after its country.
  const knownAfter = countryWords ? knownOrgPrefix(toks.slice(countryWords.length)) : 0;
  if (countryWords && knownAfter) {
    const org = toks.slice(countryWords.length, countryWords.length + knownAfter);
    const known = KNOWN_ORGANIZATIONS[org.map((t) => t.lower).join(" ")]!;
    out.push({ start: org[0]!.start, end: org.at(-1)!.end, phraseStart, name: known.name, actorType: known.group ? "group" : "organization", country: known.country ? countryByCode(known.country) : countryWords.entry, evidence: "known organization" });
    if (countryWords.length + knownAfter === toks.length) return out;
  }
  if (countryWords && countryWords.length < toks.length && !knownAfter) {
    country = countryWords.entry;
    p = countryWords.length;
    // "U.S. President Donald Trump" also mentions the United States.
    if (leadingCountryName(words) && isTitleWord(toks[p]!)) {
      out.push({ start: toks[0]!.start, end: toks[p - 1]!.end, phraseStart, name: country.name, actorType: "country", country, evidence: "country gazetteer" });
    }
  } else {
    // A place before a title: "Moscow Mayor Sergei Sobyanin", "Kherson Governor Oleksandr Prokudin".
    const t = toks.findIndex((tok, k) => k > 0 && k <= 2 && isTitleWord(tok) && k < toks.length - 1);
    if (t > 0 && !toks.slice(0, t).some((tok) => isGivenName(tok.text) || ORG_HEADS.has(tok.lower))) {
      const capital = countryByCapital(toks[0]!.text);
      if (capital) country = capital;
      p = t;
    }
  }
  // Capitalized words before a title that are neither names nor organizations: "U.S. District Judge".
  if (countryWords && p > 0) {
    const t = toks.findIndex((tok, k) => k > p && k <= p + 2 && isTitleWord(tok) && k < toks.length - 1);
    if (t > 0 && !toks.slice(p, t).some((tok) => isGivenName(tok.text) || ORG_HEADS.has(tok.lower) || isTitleWord(tok) || KNOWN_ORGANIZATIONS[tok.lower])) p = t;
  }
  const titleStart = p;
  while (p < toks.length && (isTitleWord(toks[p]!) || (TITLE_MODIFIERS.has(toks[p]!.lower) && toks.slice(p + 1).some(isTitleWord)))) p++;
  // "Secretary of State Antony Blinken", "Minister of Defence …": a one-word portfolio after "of".
  if (p > titleStart && toks[p]?.lower === "of" && toks.length - p >= 4 && !leadingCountryName(toks.slice(p + 1).map((t) => t.text)) && !isGivenName(toks[p + 1]!.text)) p += 2;
  // "President of Ukraine Volodymyr Zelensky"
  if (p > titleStart && toks[p]?.lower === "of") {
    const c = leadingCountryName(toks.slice(p + 1).map((t) => t.text));
    if (c) {
      country ??= c.entry;
      p += 1 + c.length;
    }
  }
  const titled = p > titleStart || (p > 0 && !countryWords);
  // From the phrase start, so that a known organization before the title stays in it ("UN Secretary-General").
  const role = titled ? text.slice(phraseStart, toks[p - 1]!.end) : undefined;
  let rest = toks.slice(p);
  if (!rest.length) {
    if (titled) out.push({ start: toks[0]!.start, end: toks.at(-1)!.end, phraseStart, name: joinText(text, toks), actorType: "surname", role, country, evidence: "title only" });
    return out;
  }

  // An organization name followed by a person's name in one run: "Security Council Sergei Shoigu".
  const split = rest.findIndex((t, k) => k < rest.length - 1 && ORG_HEADS.has(t.lower) && isGivenName(rest[k + 1]!.text));
  if (split >= 0) {
    const org = rest.slice(0, split + 1);
    out.push({ start: (country ? toks[0]! : org[0]!).start, end: org.at(-1)!.end, phraseStart, name: joinText(text, country ? toks.slice(0, p + split + 1) : org), actorType: "organization", country, evidence: "organization head word" });
    rest = rest.slice(split + 1);
    return [...out, { start: rest[0]!.start, end: rest.at(-1)!.end, phraseStart: rest[0]!.start, name: joinText(text, rest), actorType: rest.length > 1 ? "person" : "surname", evidence: "given name" }];
  }

  const lowers = rest.map((t) => t.lower);
  const last = lowers.findLast((w) => w !== "." && !NAME_SUFFIXES.has(w)) ?? lowers.at(-1)!;
  const restText = joinText(text, rest);
  const nextTok = tokens[tokens.indexOf(run.at(-1)!) + 1];
  const prevTok = tokens[tokens.indexOf(run[0]!) - 1];
  if (lowers.every((w) => PLATFORM_NAMES.has(w) || TIME_WORDS.has(w) || NOT_NAMES.has(w))) return out;
  if (rest.length === 1 && UNITS.has(rest[0]!.text)) return out;

  // An organization head before "of"/"for": "Institute for the Study of War", "Security Service of Ukraine".
  const firstConnector = lowers.findIndex((w) => w === "of" || w === "for");
  const headBeforeConnector = firstConnector > 0 && lowers.slice(0, firstConnector).some((w) => ORG_HEADS.has(w));
  if ((ORG_HEADS.has(last) && !(rest.length === 1 && !country)) || headBeforeConnector) {
    out.push({ start: (country ? toks[0]! : rest[0]!).start, end: rest.at(-1)!.end, phraseStart, name: restText, actorType: "organization", country, evidence: "organization head word" });
    return out;
  }
  if (PLACE_HEADS.has(last) || (nextTok && PLACE_HEADS.has(nextTok.lower) && rest.length <= 2 && !titled)) return out;
  const restCountry = leadingCountryName(rest.map((t) => t.text));
  if (restCountry && restCountry.length === rest.length) {
    out.push({ start: rest[0]!.start, end: rest.at(-1)!.end, phraseStart, name: restCountry.entry.name, actorType: "country", country: restCountry.entry, evidence: "country gazetteer" });
    return out;
  }
  const capital = rest.length === 1 ? countryByCapital(rest[0]!.text) : undefined;
  if (capital && !titled) {
    const locative = (prevTok && LOCATION_PREPOSITIONS.has(prevTok.lower)) || (nextTok && LOCATION_FOLLOWERS.has(nextTok.lower)) ||
      (isPossessive(nextTok) && LOCATION_FOLLOWERS.has(tokens[tokens.indexOf(nextTok!) + 1]?.lower ?? ""));
    // "Brussels warned …": the city stands for the international body seated there rather than its country.
    const seat = SEATS_OF_INTERNATIONAL_BODIES[rest[0]!.lower];
    if (!locative && seat) out.push({ start: rest[0]!.start, end: rest[0]!.end, phraseStart, name: seat, actorType: "organization", metonymy: true, evidence: "seat standing for its institution" });
    else if (!locative) out.push({ start: rest[0]!.start, end: rest[0]!.end, phraseStart, name: capital.name, actorType: "country", country: capital, metonymy: true, evidence: "capital standing for its government" });
    return out;
  }
  // "737 MAX" is a model, not an organization; "M23 rebels" is one.
  if (rest.length === 1 && prevTok && /^\d/.test(prevTok.text)) return out;
  const armedGroup = /^[A-Z][A-Z0-9]{1,5}$/.test(rest[0]!.text) && /\d/.test(rest[0]!.text) && /^(rebels?|militia|movement|group|fighters)$/.test(nextTok?.lower ?? "");
  if (rest.length === 1 && (/^[A-Z]{2,6}$/.test(rest[0]!.text) || /^(?:[A-Z]\.){2,}$/.test(rest[0]!.text) || armedGroup)) {
    out.push({ start: rest[0]!.start, end: rest[0]!.end, phraseStart, name: rest[0]!.text, actorType: "organization", country, evidence: "acronym" });
    return out;
  }
  const givenName = isGivenName(rest[0]!.text) && rest.length >= 2;
  const speaks = !!nextTok && FINITE_CUES.has(nextTok.lower);
  if (rest.length === 1 && isTitleWord(rest[0]!)) return out;
  const titledBefore = rest.length >= 2 && rest[0] === run[0] && titleJustBefore(tokens, tokens.indexOf(run[0]!), tokens.indexOf(run.at(-1)!));
  // "said Kiki Arnaud", "Neve Castell, a senior analyst at …": two or more name words that speak or carry a
  // person's apposition are a person even with a given name no list knows.
  const nameOnly = nameWords(rest) >= 2 && rest[0] === run[0] && !rest.some((t) => ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower));
  const apposed = nameOnly && personApposition(text, rest.at(-1)!.end);
  const spokenBy = nameOnly && !!prevTok && (prevTok.lower === "said" || prevTok.lower === "says");
  if (nameWords(rest) <= 4 && (titled || givenName || titledBefore || apposed || spokenBy || (rest.length >= 2 && speaks && runIndex >= 0))) {
    out.push({
      start: rest[0]!.start,
      end: rest.at(-1)!.end,
      phraseStart,
      name: restText,
      actorType: rest.length === 1 ? "surname" : "person",
      country,
      role,
      evidence: titled || titledBefore ? "title before the name" : givenName ? "given name" : apposed ? "apposition" : spokenBy ? "name after a reporting verb" : "name before a reporting verb",
    });
    return out;
  }
  if (rest.length === 1 && !isTitleWord(rest[0]!)) {
    const evidence = isKnownSurname(rest[0]!.lower) ? "known surname" : speaks && isGivenName(rest[0]!.text) ? "name before a reporting verb" : "single capitalized word";
    out.push({ start: rest[0]!.start, end: rest[0]!.end, phraseStart, name: restText, actorType: "surname", country, evidence });
  }
  return out;
}
