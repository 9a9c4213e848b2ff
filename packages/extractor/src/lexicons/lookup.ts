// Word lexicons are looked up with words from the article: a plain object would answer "constructor" or
// "toString" from its prototype. Lexicons keyed by words are made without one.

/** The entries as a lookup object with no prototype, so that only its own keys are found. */
export function wordLexicon<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
