import { describe, expect, it } from "vitest";
import { allGraphQueries, pathsOfLengthQuery } from "./graph-queries";

describe("Graph query Cypher", () => {
  // Neo4j itself plans every one of them without a warning: test/neo4j-statements.test.ts.
  it("declares a sample value for every parameter it uses", () => {
    for (const q of allGraphQueries()) {
      const used = new Set([...q.text.matchAll(/\$(\w+)/g)].map((m) => m[1]));
      expect(new Set(Object.keys(q.params)), q.text).toEqual(used);
    }
  });

  it("splices only schema relationship types and checked hop counts", () => {
    expect(() => pathsOfLengthQuery(4, ["SAID", "DROP" as never])).toThrow(/not an edge type/);
    expect(() => pathsOfLengthQuery(9, ["SAID"])).toThrow(/hop count/);
  });
});
