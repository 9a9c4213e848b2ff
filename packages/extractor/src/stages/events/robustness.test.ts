import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { segment } from "../../document/segment";
import { extractAgreements } from "../agreements/extract-agreements";
import { extractEvents } from "./extract-events";

// Words that trip the rules (triggers, countries, numbers, quotes, dates) glued with odd punctuation.
const WORDS = ["Russia", "Ukraine's", "drones", "shot", "down", "attack", "the", "treaty", "signed", "12", "killed", "in", "Kyiv", "region", "of", "on", "Monday", "“", "”", ",", ".", "—", "\n", "talks", "ceasefire", "a", "deal", "with", "over", "and", "six", "Moscow", "said", "won’t", "be", "restored", "'s", "(Reuters)"];

describe("agreements and events on arbitrary text", () => {
  it("never throw and keep every span inside the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), fc.constantFrom(" ", "  ", ""), (words, sep) => {
        const text = words.join(sep);
        const { sentences } = segment(text);
        for (const e of extractEvents({ text, sentences, published: "2025-01-01" })) {
          for (const s of [e.evidence, ...e.mentions.map((m) => m.clause), ...e.places]) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.end).toBeGreaterThan(s.start);
          }
        }
        for (const a of extractAgreements({ text, sentences })) {
          for (const m of a.mentions) expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
