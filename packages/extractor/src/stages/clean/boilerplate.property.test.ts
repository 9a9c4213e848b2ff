// Property: a line that looks like site furniture, inserted anywhere in an article, never removes what the
// article's own paragraphs say.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annotate, saidBy } from "../../testing/annotate";

const PEOPLE = ["Maren Holt", "Tobias Renner", "Ines Carvalho", "Oskar Lindqvist", "Amara Osei"];
const CLAIMS = ["the bridge would reopen in spring", "the vote had been postponed twice", "the harbour needed new cranes", "prices for grain had fallen sharply"];
const FACTS = ["Workers repaired the eastern pier on Tuesday.", "The council met for three hours.", "Rain delayed the harvest across the valley."];
const FURNITURE = [
  "Source: Example Wire", "Sources: Example Wire", "Read more", "Share this article", "Dear readers,", "A message from The Example Times:",
  "Related articles", "Originally published by Example Daily", "Photo: Example Agency", "Advertisement", "Follow us", "Comments",
  "Copyright 2031 Example Media", "Back to top", "Subscribe",
];

const paragraph = fc.oneof(
  fc.record({ who: fc.constantFrom(...PEOPLE), what: fc.constantFrom(...CLAIMS) }).map(({ who, what }) => `${who} said ${what}.`),
  fc.record({ who: fc.constantFrom(...PEOPLE), what: fc.constantFrom(...CLAIMS) }).map(({ who, what }) => `“We know ${what},” ${who} said.`),
  fc.constantFrom(...FACTS),
);

describe("clean: boilerplate never swallows the story", () => {
  it("keeps every statement when a boilerplate-looking line is inserted between paragraphs", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), fc.constantFrom(...FURNITURE), fc.nat(), (body, line, at) => {
        const paragraphs = ["Harbour plans divide the town", ...body];
        const position = 1 + (at % paragraphs.length);
        const withLine = [...paragraphs.slice(0, position), line, ...paragraphs.slice(position)];
        const before = saidBy(annotate(paragraphs.join("\n\n")));
        const after = saidBy(annotate(withLine.join("\n\n")));
        expect(after).toEqual(before);
      }),
      { numRuns: 25, seed: 20310 },
    );
  });

  it("keeps a mid-article source line from dropping the paragraphs after it", () => {
    const text = "Harbour plans divide the town\n\nMaren Holt said the bridge would reopen in spring.\n\nSource: Example Wire\n\nTobias Renner said the vote had been postponed twice.";
    expect(saidBy(annotate(text))).toEqual([
      ["Maren Holt", "the bridge would reopen in spring"],
      ["Tobias Renner", "the vote had been postponed twice"],
    ]);
  });
});
