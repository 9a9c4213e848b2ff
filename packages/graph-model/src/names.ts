// Name folding shared by ids, the store's name index, the extractor and the viewer's search, so that
// "Kim Jong-un", "KIM JONG UN" and "Kim Jong‑un’s" all meet on one key.

/** Folds diacritics, typographic quotes and dashes, and case; keeps every other character. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .toLowerCase();
}

/** The lookup key of a name: folded, possessive dropped, punctuation turned into single spaces. */
export function normalizeName(name: string): string {
  return foldText(name)
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The normalized words of a text (letters and digits only), for comparing quotes and evidence. */
export function normalizeWords(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
