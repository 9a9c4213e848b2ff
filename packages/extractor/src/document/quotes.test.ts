import { describe, expect, it } from "vitest";
import { findQuotes } from "./quotes";
import { tokenize } from "./tokens";
import { segment } from "./segment";

const quoted = (text: string) => findQuotes(text, 0, text.length).map((q) => text.slice(q.start, q.end));

describe("quotes", () => {
  it("finds curly, straight and British single quotes", () => {
    expect(quoted(`“A b c,” he said. "D e" and ‘F g,’ she added.`)).toEqual(["A b c,", "D e", "F g,"]);
  });

  it("tells apostrophes from single quotes", () => {
    expect(quoted("Kyiv’s allies said ‘the soldiers’ deaths were avoidable’ on Monday.")).toEqual(["the soldiers’ deaths were avoidable"]);
  });

  it("runs an unclosed quote to the paragraph end", () => {
    expect(quoted("“We will fight on. We will not stop")).toEqual(["We will fight on. We will not stop"]);
  });
});

describe("tokens", () => {
  it("splits possessives off names and keeps acronyms whole", () => {
    expect(tokenize("U.S. envoy visits Russia’s capital").map((t) => t.text)).toEqual(["U.S.", "envoy", "visits", "Russia", "’s", "capital"]);
  });
});

describe("segment", () => {
  it("does not split after titles and initials, and keeps offsets exact", () => {
    const text = "Mr. Smith met Gen. J. Doe in the U.S. on Monday. They talked.\n\nNew paragraph.";
    const { sentences, paragraphs } = segment(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Mr. Smith met Gen. J. Doe in the U.S. on Monday.", "They talked.", "New paragraph."]);
    expect(paragraphs).toHaveLength(2);
  });
});
