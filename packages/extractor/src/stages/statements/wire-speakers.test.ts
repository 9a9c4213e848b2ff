// Speakers in wire copy from outlets the extractor was not developed on (invented people).
import { describe, expect, it } from "vitest";
import { annotate, saidBy } from "../../testing/annotate";

describe("statements: speakers in wire copy", () => {
  it("gives 'he' to the person a sentence is about when that person has not spoken yet", () => {
    const doc = annotate([
      "Chilean President Marta Ibarra said the port would reopen.",
      "",
      "UN Secretary-General Leontes Marvaki welcomed the decision. “This is a good day,” he told reporters in Geneva.",
    ].join("\n"));
    expect(saidBy(doc)).toEqual([
      ["Marta Ibarra", "the port would reopen"],
      ["Leontes Marvaki", "This is a good day"],
    ]);
  });

  it("attributes 'his office said' to the person, never to an actor named 'His office'", () => {
    const doc = annotate("Prime Minister Tobias Renn told President Ella Marsh that the border would stay closed, his office said in a statement.");
    const speakers = saidBy(doc).map(([s]) => s);
    expect(speakers).toContain("Tobias Renn");
    expect(doc.get("actors").actors.map((a) => a.name.toLowerCase())).not.toContain("his office");
  });

  it("gives 'his office said' to the person's organization when the title names one", () => {
    const doc = annotate("Kremlin spokesman Ivo Tarasenko said talks were possible. His office later said a call was planned for Monday.");
    expect(saidBy(doc)).toEqual([
      ["Ivo Tarasenko", "talks were possible"],
      ["Kremlin", "a call was planned for Monday"],
    ]);
  });

  it("keeps the speaker of 'said that …' when 'according to' sources the figure", () => {
    const doc = annotate("The aid coordinator, Perpetua Mwanake-Oduya, said that at least 600 people had died, according to the health ministry.");
    expect(saidBy(doc)).toEqual([["Perpetua Mwanake-Oduya", "at least 600 people had died"]]);
  });

  it("reads 'the company said' as the company heading the sentence, not the one it buys", () => {
    const doc = annotate("Veltrana Corp agreed to acquire Danish chipmaker Orvik Systems for $2 billion, the company said.");
    expect(saidBy(doc).map(([s]) => s)).toEqual(["Veltrana"]);
  });

  it("gives a statement to the name a title introduces, not to an earlier holder of that title", () => {
    const doc = annotate([
      "Its spokesman Ronan Pelletier said the group would keep talking.",
      "",
      "Chancellor Ida Brandt welcomed the accord, her spokesman Milos Dervic said.",
    ].join("\n"));
    expect(saidBy(doc)).toEqual([
      ["Ronan Pelletier", "the group would keep talking"],
      ["Milos Dervic", "Chancellor Ida Brandt welcomed the accord"],
    ]);
  });

  it("makes an institution described by its common name a speaker", () => {
    const doc = annotate("According to the Chilean civil aviation authority, the runway will reopen on Friday.");
    expect(saidBy(doc)).toEqual([["Chilean civil aviation authority", "the runway will reopen on Friday"]]);
  });

  it("makes 'a <organization> spokesperson' a new speaker of that organization, not the previous speaker", () => {
    const doc = annotate([
      "Senator Ruth Okafor said: “The bill will fail.”",
      "",
      "A White House spokesperson said the president was listening.",
    ].join("\n"));
    expect(saidBy(doc)).toEqual([
      ["Ruth Okafor", "The bill will fail."],
      ["White House spokesperson", "the president was listening"],
    ]);
    expect(doc.get("actors").actors.find((a) => a.name === "White House spokesperson")?.affiliation).toBe("White House");
  });
});
