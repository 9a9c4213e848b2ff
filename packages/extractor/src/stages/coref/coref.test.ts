import { describe, expect, it } from "vitest";
import { annotate } from "../../testing/annotate";

const links = (text: string) => {
  const doc = annotate(text);
  const { actors } = doc.get("actors");
  return doc.get("coref").links.map((l) => [text.slice(l.start, l.end), actors.find((a) => a.key === l.actor)?.name]);
};

describe("coref", () => {
  it("links a title description to the person holding that role", () => {
    expect(links("Governor Vyacheslav Gladkov visited the site. The governor promised help.")).toEqual([["The governor", "Vyacheslav Gladkov"]]);
  });

  it("links 'the ministry' to the ministry named before it", () => {
    expect(links("Cuba’s foreign ministry issued a statement. The ministry called it a crime.")).toEqual([["The ministry", "Cuban Foreign Ministry"]]);
  });

  it("links he/she to the nearest person outside quotations", () => {
    expect(links("Lisa Grant met Tom Hale. “Ask him,” she said.")).toEqual([["she", "Tom Hale"]]);
  });
});
