import { describe, expect, it } from "vitest";
import { FIXTURE_IDS } from "./fixture";
import { GraphSearch } from "./search";
import { fixtureGraph } from "./test-graph";

describe("GraphSearch", () => {
  const search = new GraphSearch(fixtureGraph());
  it("finds an actor by surname, prefix and alias, actors first", () => {
    expect(search.search("Sobyanin")[0]!.id).toBe(FIXTURE_IDS.sobyanin);
    expect(search.search("sobya")[0]!.id).toBe(FIXTURE_IDS.sobyanin);
    expect(search.search("Kim Jong-un")[0]!.id).toBe(FIXTURE_IDS.kim);
  });
  it("folds diacritics and case", () => {
    expect(search.search("SOBYÁNIN")[0]!.id).toBe(FIXTURE_IDS.sobyanin);
  });
  it("finds statements by their words", () => {
    const hits = search.search("serious damage");
    expect(hits[0]!.type).toBe("Statement");
    expect(hits[0]!.label).toContain("no serious damage");
  });
  it("returns nothing for an empty query or unknown words", () => {
    expect(search.search("  ")).toEqual([]);
    expect(search.search("zzzqqq")).toEqual([]);
  });
});
