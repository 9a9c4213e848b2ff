// Fuzzing the whole pipeline: arbitrary Unicode, unbalanced quotes, very long sentences and empty lines must
// never throw or hang, and every provenance span must lie inside its article.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeWords, validateDelta } from "@newsgraph/graph-model";
import { extractArticle } from "./extract";

const fragments = fc.constantFrom(
  "“", "”", "‘", "’", '"', "'", "\n", "\n\n", ", ", ". ", " said ", " told the BBC ", " according to ", "Mr ", "President ",
  "Vladimir Putin", "Russia’s ", "the ministry", " he said.", "—", ":", "Read More\n", "Source: x\n", "🔴 ", "\u0000", "\uFEFF",
);
const articleText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.array(fc.oneof(fragments, fc.string({ unit: "grapheme-ascii", maxLength: 30 })), { maxLength: 120 }).map((parts) => parts.join("")),
  fc.tuple(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }), fc.integer({ min: 200, max: 2000 })).map(([word, n]) => `${Array(n).fill(word).join(" ")} said “${word}`),
);

function checkDelta(text: string): void {
  const delta = extractArticle({ id: "fuzz.txt", text, origin: "fuzz" });
  const spans = [...delta.nodes.flatMap((n) => ("provenance" in n.attributes ? n.attributes.provenance : [])), ...delta.edges.flatMap((e) => e.attributes.provenance)];
  for (const p of spans) {
    expect(p.article).toBe("fuzz.txt");
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(text.length);
    expect(p.start).toBeLessThanOrEqual(p.end);
  }
  for (const n of delta.nodes) if (n.attributes.type === "Statement") {
    const [first, ...repeats] = n.attributes.provenance;
    expect(text.slice(first!.start, first!.end)).toBe(n.attributes.text);
    for (const p of repeats) expect(normalizeWords(text.slice(p.start, p.end))).toBe(normalizeWords(n.attributes.text));
  }
  expect(validateDelta(delta)).toEqual([]);
}

describe("extractor fuzz", () => {
  it("never throws, and keeps every span inside the article", () => {
    // 120 runs of the whole pipeline on texts up to ~25 KB keep this test to a few seconds; the seed is fixed.
    fc.assert(fc.property(articleText, (text) => checkDelta(text)), { numRuns: 120, seed: 20261121 });
  });

  it("handles empty, blank and quote-only articles", () => {
    for (const text of ["", "\n\n\n", "“", "‘’", '"""', "“”“”", "’s", " said.", ", he said."]) checkDelta(text);
  });

  it("is deterministic: the same text gives the same delta", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const a = JSON.stringify(extractArticle({ id: "a.txt", text, origin: "a" }));
        expect(JSON.stringify(extractArticle({ id: "a.txt", text, origin: "a" }))).toBe(a);
      }),
      { numRuns: 25, seed: 7 },
    );
  });
});
