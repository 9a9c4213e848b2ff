import { describe, expect, it } from "vitest";
import { foldText, normalizeName, normalizeWords } from "./names";

describe("normalizeName", () => {
  it("meets every spelling of one name on one key", () => {
    const key = normalizeName("Kim Jong Un");
    expect(key).toBe("kim jong un");
    for (const variant of ["Kim Jong-un", "KIM JONG UN", "Kim Jong‑un’s", "  kim   jong  un ", "Kim Jong-Un's"]) {
      expect(normalizeName(variant), variant).toBe(key);
    }
  });

  it("folds diacritics but keeps non-Latin scripts", () => {
    expect(normalizeName("Erdoğan")).toBe("erdogan");
    expect(normalizeName("Владимир Путин")).toBe("владимир путин");
    expect(normalizeName("习近平")).toBe("习近平");
    expect(normalizeName("محمود عباس")).toBe("محمود عباس");
  });

  it("drops only a possessive 's, not an s inside a word", () => {
    expect(normalizeName("Hamas's")).toBe("hamas");
    expect(normalizeName("Hamas")).toBe("hamas");
    expect(normalizeName("Saudi Arabia's")).toBe("saudi arabia");
  });
});

describe("foldText and normalizeWords", () => {
  it("fold typographic quotes and dashes to ASCII and lower the case", () => {
    expect(foldText("“No” — it’s Zelensky‐led")).toBe('"no" - it\'s zelensky-led');
  });

  it("normalizeWords keeps the words and drops the punctuation between them", () => {
    expect(normalizeWords("“We will not surrender,” he said.")).toBe("we will not surrender he said");
  });
});
