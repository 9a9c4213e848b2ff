import { MultiUndirectedGraph } from "graphology";
import { allSimpleEdgeGroupPaths } from "graphology-simple-path";
import { describe, expect, it } from "vitest";
import { queryFixtureStore } from "./fixture";
import { describeGraphQueries } from "./graph-suite";
import { MemoryGraph } from "./memory-graph";
import { RELATION_EDGES } from "./options";

/** One edge path per choice of parallel edge at each hop. */
const expand = (groups: string[][]): string[][] =>
  groups.reduce<string[][]>((paths, group) => paths.flatMap((p) => group.map((edge) => [...p, edge])), [[]]);

describeGraphQueries("memory", async () => new MemoryGraph(queryFixtureStore()));

describe("MemoryGraph", () => {
  it("finds the same simple paths as graphology-simple-path on the undirected relation graph", async () => {
    const store = queryFixtureStore();
    const graph = new MemoryGraph(store);
    const relations = new MultiUndirectedGraph();
    store.graph.forEachNode((key) => relations.addNode(key));
    store.graph.forEachEdge((key, a, source, target) => {
      if (RELATION_EDGES.includes(a.type)) relations.addUndirectedEdgeWithKey(key, source, target);
    });
    const pairs: [string, string][] = [
      ["actor:sergei-sobyanin", "actor:kim-jong-un"],
      ["actor:vladimir-putin", "actor:ukraine"],
      ["actor:kim-yo-jong", "actor:russia"],
      ["actor:donald-trump", "actor:north-korea"],
    ];
    for (const [a, b] of pairs) {
      for (const maxHops of [2, 3, 4, 5]) {
        const expected = allSimpleEdgeGroupPaths(relations, a, b, { maxDepth: maxHops }).flatMap(expand).map((p) => p.join(" ")).sort();
        const found = (await graph.paths(a, b, { maxHops, limit: 10_000 })).all.map((p) => p.edges.map((e) => e.key).join(" ")).sort();
        expect(found, `${a} -> ${b} within ${maxHops}`).toEqual(expected);
      }
    }
  });

  it("sees nodes added after it was opened", async () => {
    const store = queryFixtureStore();
    const graph = new MemoryGraph(store);
    await expect(graph.actor("Kadyrov")).rejects.toThrow(/unknown actor/);
    store.applySync({
      article: "fx-c.txt",
      nodes: [{ id: "actor:ramzan-kadyrov", attributes: { type: "Actor", name: "Ramzan Kadyrov", aliases: [], actorType: "person", provenance: [{ article: "fx-c.txt", start: 0, end: 7 }] } }],
      edges: [],
    });
    expect((await graph.actor("Kadyrov")).id).toBe("actor:ramzan-kadyrov");
  });

  it("answers cypher() with an error that says what to do", async () => {
    await expect(new MemoryGraph(queryFixtureStore()).cypher("RETURN 1")).rejects.toThrow(/NEO4J_URI/);
  });
});
