import { describe, expect, it } from "vitest";
import { lintCypher } from "./cypher-lint";
import { allGraphQueries, pathsQuery } from "./graph-queries";

describe("Graph query Cypher", () => {
  it.each(allGraphQueries().map((q) => [q.text.split("\n")[0]!.slice(0, 70), q] as const))("lints clean: %s", (_name, query) => {
    expect(lintCypher(query.text, query.params).filter((p) => p.severity === "error")).toEqual([]);
  });

  it("splices only schema relationship types and checked hop counts", () => {
    expect(() => pathsQuery(4, ["SAID", "DROP" as never])).toThrow(/not an edge type/);
    expect(() => pathsQuery(9, ["SAID"])).toThrow(/hop count/);
  });
});
