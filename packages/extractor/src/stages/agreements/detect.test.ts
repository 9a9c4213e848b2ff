import { describe, expect, it } from "vitest";
import { segment } from "../../document/segment";
import { countriesIn, findAgreementMentions, statusOf } from "./detect";

const mentions = (text: string) =>
  findAgreementMentions(text, segment(text).sentences).map((m) => ({ words: text.slice(m.start, m.end), type: m.agreementType, status: m.status, topic: m.topic, back: m.backReference }));

describe("statusOf", () => {
  it("reads the status from the verbs of the clause", () => {
    expect(statusOf("The two sides signed a ceasefire in Doha")).toBe("signed");
    expect(statusOf("Parliament ratified the treaty on Tuesday")).toBe("ratified");
    expect(statusOf("The president signed the accord into law")).toBe("signed");
    expect(statusOf("The president signed into law a treaty with Iran")).toBe("ratified");
    expect(statusOf("Moscow suspended its participation in the deal")).toBe("suspended");
    expect(statusOf("the deal won’t be restored until sanctions are lifted")).toBe("not_restored");
    expect(statusOf("Washington ruled out a new arms deal")).toBe("ruled_out");
    expect(statusOf("negotiators are working on a truce")).toBe("under_negotiation");
    expect(statusOf("mediators pushed for a quick deal")).toBe("proposed");
    expect(statusOf("The accord covers fishing rights")).toBe("unknown");
  });
});

describe("findAgreementMentions", () => {
  it("finds agreement nouns with their exact words, type and topic", () => {
    const text = "Kenya and Ethiopia signed a trade deal on Monday, a year after a border accord.";
    expect(mentions(text)).toEqual([
      { words: "deal", type: "deal", status: "signed", topic: "trade", back: false },
      { words: "accord", type: "accord", status: "unknown", topic: undefined, back: false },
    ]);
  });

  it("reads topic + negotiations as a deal under negotiation", () => {
    const text = "Peace talks between Armenia and Azerbaijan resumed in Geneva.";
    expect(mentions(text)).toEqual([{ words: "Peace talks", type: "deal", status: "under_negotiation", topic: "peace", back: false }]);
  });

  it("skips agreements in general ('any deal')", () => {
    expect(mentions("The group said it would not accept any deal that left troops in place.")).toEqual([]);
  });

  it("marks definite mentions as references back and skips 'deal with'", () => {
    const text = "The truce held overnight. Officials must deal with the fallout.";
    expect(mentions(text)).toEqual([{ words: "truce", type: "ceasefire", status: "unknown", topic: undefined, back: true }]);
  });
});

describe("countriesIn", () => {
  it("gives every country of a list what is said of the last one", () => {
    const text = "Egypt and Qatar, which are mediating, proposed a truce.";
    expect(countriesIn(text, { start: 0, end: text.length }).map((c) => [c.name, c.mediator])).toEqual([
      ["Egypt", true],
      ["Qatar", true],
    ]);
  });

  it("finds countries by name, demonym and capital, and tells speakers and mediators", () => {
    const text = "Washington says Qatar is brokering a truce between Israeli and Palestinian negotiators.";
    const found = countriesIn(text, { start: 0, end: text.length }).map((c) => [c.name, c.speaker, c.mediator]);
    expect(found).toEqual([
      ["United States", true, false],
      ["Qatar", false, true],
      ["Israel", false, false],
      ["Palestine", false, false],
    ]);
  });
});
