import { describe, expect, it } from "vitest";
import { segment } from "../../document/segment";
import { findBoilerplate, looksLikeHeadline } from "./boilerplate";

const marked = (text: string) => {
  const { paragraphs } = segment(text);
  return findBoilerplate(text, paragraphs).map((s) => [text.slice(s.start, s.end), s.kind]);
};

describe("clean: boilerplate", () => {
  it("marks read-more links, the teaser after them and footers, and keeps offsets", () => {
    const text = "Officials said the dam held.\nRead More\nStorm hits coastal towns as rivers rise\nThe river fell overnight.\nSource: example.com\nShare this article";
    expect(marked(text)).toEqual([
      ["Read More", "boilerplate"],
      ["Storm hits coastal towns as rivers rise", "teaser"],
      ["Source: example.com", "boilerplate"],
      ["Share this article", "boilerplate"],
    ]);
  });

  it("marks a headline followed by another headline as a teaser, not a headline followed by its story", () => {
    const text = "Body text here.\nMinister resigns over expenses scandal\nFloods close schools across the north\nHeavy floods closed schools across the north on Monday, officials said.";
    expect(marked(text)).toEqual([["Minister resigns over expenses scandal", "teaser"]]);
  });

  it("marks donation appeals to the end, comment forms and site descriptions", () => {
    const text = "The vote passed.\nA Message from The Daily Example:\nDear readers,\nPlease support us today.\nLeave a Reply\nExample News is a news sharing website that offers everything.";
    expect(marked(text).map(([t]) => t)).toEqual(["A Message from The Daily Example:", "Dear readers,", "Please support us today.", "Leave a Reply", "Example News is a news sharing website that offers everything."]);
  });

  it("marks a caption that repeats a body sentence as a caption, which is still read", () => {
    const text = "Rescuers pulled two people from the rubble on Sunday, police said.\nRescuers pulled two people from the rubble on Sunday";
    expect(marked(text)).toEqual([["Rescuers pulled two people from the rubble on Sunday", "caption"]]);
  });

  it("tells headlines by their shape", () => {
    expect(looksLikeHeadline("Putin open to talks – official")).toBe(true);
    expect(looksLikeHeadline("He said the talks were over.")).toBe(false);
  });
});
