import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { queryFixtureStore } from "../query/fixture";
import { isNeo4jSource, openGraph } from "./open-graph";
import { saveGraph } from "./files";

describe("openGraph", () => {
  it("opens a graph file, a store or a serialized graph as the memory graph", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "ng-open-")), "g.json");
    const store = queryFixtureStore();
    saveGraph(store, path);
    for (const source of [path, store, store.exportSync()]) {
      const graph = await openGraph(source);
      expect(graph.kind).toBe("memory");
      expect((await graph.actor("Putin")).id).toBe("actor:vladimir-putin");
    }
    await expect(openGraph(join(path, "..", "missing.json"))).rejects.toThrow(/missing\.json: cannot read/);
  });

  it("sends bolt:// and neo4j:// URIs to Neo4j", async () => {
    expect(["neo4j", "neo4j://h:7687", "bolt+s://h", "neo4j+ssc://h"].map(isNeo4jSource)).toEqual([true, true, true, true]);
    expect(isNeo4jSource("graph.json")).toBe(false);
    // Nothing listens on port 1: the Neo4j store's connection error, not a file error.
    await expect(openGraph("bolt://127.0.0.1:1", { password: "x" })).rejects.toThrow(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });
});
