import { describe, expect, it } from "vitest";
import { segment } from "../../document/segment";
import { findBoilerplate, looksLikeHeadline, readsAsArticle } from "./boilerplate";

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

describe("clean: what reads as article text", () => {
  it("counts quotations of several words, reporting verbs and long prose, not a scare-quoted word", () => {
    expect(readsAsArticle("“We will rebuild the pier,” the mayor wrote.")).toBe(true);
    expect(readsAsArticle("The harbour board said costs would rise.")).toBe(true);
    expect(readsAsArticle("Our site was labelled “unwanted” by the regulator, which puts our staff at risk.")).toBe(false);
    expect(readsAsArticle("Share this article")).toBe(false);
  });

  it("ends a footer at the first paragraph that reads as article text", () => {
    const text = "The vote passed.\nSource: Example Wire\nPhotos by the desk\nThe harbour board said costs would rise.";
    expect(marked(text).map(([t]) => t)).toEqual(["Source: Example Wire", "Photos by the desk"]);
  });
});

describe("clean: appeals in the site's voice", () => {
  it("keeps a donation appeal in the footer, however long, but not a quote that says 'we'", () => {
    expect(readsAsArticle("We are facing hard times. The regulator said our newsroom must close, and we need your help to keep reporting from the harbour towns every single week of the year.")).toBe(false);
    expect(readsAsArticle("“We need more money,” the harbour master said.")).toBe(true);
  });
});
