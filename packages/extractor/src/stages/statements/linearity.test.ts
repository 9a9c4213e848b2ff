// Statements (with the quote finder, segmentation and coreference it reads) stay linear in the text, on any
// shape: work — the elementary steps counted by document/work.ts — per character must not grow with length.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { annotate } from "../../testing/annotate";
import { workDone } from "../../document/work";

function workPerChar(text: string): number {
  const before = workDone();
  annotate(text).get("statements");
  return (workDone() - before) / text.length;
}

const grow = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// Fragments that stress quotes, apostrophes, cues and names, with no sentence or paragraph break between them.
const FRAGMENT = fc.constantFrom('"', "“", "”", "‘", "’", "'", "most of ", "said ", ", ", "Mr. Lee ", "the senator ", "he ", "according to ", "the players’ ", "it’s ", "told reporters ", "wrote: ", "— ", "Dana Ortiz ", "warned that ");

describe("statements stage linearity", () => {
  it("does bounded work per character on one-paragraph texts of any mix", () => {
    fc.assert(
      fc.property(fc.array(FRAGMENT, { minLength: 200, maxLength: 1500 }), (parts) => {
        expect(workPerChar(parts.join(""))).toBeLessThan(40);
      }),
      { numRuns: 12, seed: 7 },
    );
  });

  it.each([
    ["only double quotes", '"'],
    ["an opening quote repeated", '"most of '],
    ["plural possessives", "the players’ coach said "],
    ["one long sentence of reported speech", "Officials said the plan would fail, and “we will fight on,” Mr. Lee said, according to the agency, and the senator noted that it’s the players’ money, "],
  ])("keeps work per character flat from 5 KB to 40 KB: %s", (_name, unit) => {
    const small = workPerChar(grow(unit, 5_000));
    const large = workPerChar(grow(unit, 40_000));
    expect(large).toBeLessThan(small * 1.5 + 1);
  });
});
