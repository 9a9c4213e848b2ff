// The query suite on Neo4j, and answer-for-answer equality with the memory graph. Runs when NEO4J_URI
// (and NEO4J_PASSWORD) point at a throwaway server: it deletes every newsgraph node there first.
import { afterAll, describe, expect, it } from "vitest";
import { MemoryGraph } from "@newsgraph/graph-model";
import { Neo4jGraph, Neo4jStore } from "@newsgraph/graph-model/neo4j";
import { describeGraphQueries, queryFixtureAnswers, queryFixtureStore } from "@newsgraph/graph-model/testing";

const configured = !!process.env.NEO4J_URI;

if (!configured) {
  describe("Graph queries (neo4j)", () => {
    it.skip("skipped: NEO4J_URI is not set (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run against a throwaway server)", () => {});
  });
} else {
  let store: Neo4jStore | undefined;
  const open = async () => {
    if (!store) {
      store = await Neo4jStore.connect();
      await store.deleteAllNewsgraphData();
      await store.init();
      const fixture = queryFixtureStore().exportSync();
      await store.write(fixture.nodes, fixture.edges);
    }
    return new Neo4jGraph(store);
  };
  afterAll(async () => store?.close());

  describeGraphQueries("neo4j", open);

  describe("Neo4j and memory", () => {
    it("give identical answers to every query", async () => {
      const neo4j = await queryFixtureAnswers(await open());
      const memory = await queryFixtureAnswers(new MemoryGraph(queryFixtureStore()));
      for (const key of Object.keys(memory)) expect(neo4j[key], key).toEqual(memory[key]);
    });

    it("runs any Cypher through graph.cypher()", async () => {
      const rows = await (await open()).cypher("MATCH (a:Actor {id: $id}) RETURN a.name AS name", { id: "actor:vladimir-putin" });
      expect(rows).toEqual([{ name: "Vladimir Putin" }]);
    });
  });
}
