// The query suite on the live Neo4j of the test run, and answer-for-answer equality with the memory graph:
// on the query fixture, and on the graphs the real pipeline builds from corpus/seeds and corpus/wire.
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "@newsgraph/cli";
import { MemoryGraph, type Graph, type MemoryStore } from "@newsgraph/graph-model";
import { Neo4jGraph, Neo4jStore } from "@newsgraph/graph-model/neo4j";
import { describeGraphQueries, queryFixtureAnswers, queryFixtureStore } from "@newsgraph/graph-model/testing";

const CORPUS = join(resolve(import.meta.dirname, ".."), "corpus");

/** A store holding exactly `memory`'s graph (every newsgraph node there is replaced). */
async function loadInto(store: Neo4jStore, memory: MemoryStore): Promise<void> {
  await store.deleteAllNewsgraphData();
  await store.init();
  const graph = memory.exportSync();
  await store.write(graph.nodes, graph.edges);
}

let store: Neo4jStore;
beforeAll(async () => {
  store = await Neo4jStore.connect();
});
afterAll(async () => store?.close());

describe("query fixture", () => {
  let loaded = false;
  const open = async () => {
    if (!loaded) {
      await loadInto(store, queryFixtureStore());
      loaded = true;
    }
    return new Neo4jGraph(store);
  };

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
});

/** Every per-actor query, asked of both graphs for the `count` actors with the most relations (ties by id). */
async function busiest(memory: MemoryStore, count: number): Promise<string[]> {
  const graph = memory.exportSync();
  const degree = new Map<string, number>();
  for (const e of graph.edges) for (const id of [e.source, e.target]) if (id.startsWith("actor:")) degree.set(id, (degree.get(id) ?? 0) + 1);
  return [...degree].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, count).map(([id]) => id);
}

async function answers(graph: Graph, actors: readonly string[], kind: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const id of actors) {
    if (kind === "statements") out.push(await graph.actor(id), await graph.statementsBy(id), await graph.statementsAbout(id));
    if (kind === "relations") out.push(await graph.agreementsOf(id), await graph.eventsInvolving(id), await graph.coMentioned(id), await graph.timeline(id));
    if (kind === "ego") out.push(await graph.ego(id, 1), await graph.ego(id, 2));
  }
  if (kind === "paths") {
    for (const a of actors.slice(0, 6)) for (const b of actors.slice(0, 6)) if (a < b) out.push(await graph.paths(a, b, { maxHops: 3 }));
  }
  return out;
}

for (const corpus of ["seeds", "wire"]) {
  describe(`corpus/${corpus}: Neo4j answers as the memory graph does`, () => {
    let memory: MemoryStore;
    let actors: string[];
    beforeAll(async () => {
      memory = (await buildGraph({ inputs: [join(CORPUS, corpus)], out: "(memory)" })).store;
      actors = await busiest(memory, 12);
      await loadInto(store, memory);
    });

    for (const kind of ["statements", "relations", "ego", "paths"]) {
      it(`${kind} of the busiest actors`, async () => {
        const neo4j = await answers(new Neo4jGraph(store), actors, kind);
        expect(neo4j).toEqual(await answers(new MemoryGraph(memory), actors, kind));
      });
    }

    it("the whole graph reads back byte for byte", async () => {
      expect(await store.export()).toEqual(memory.exportSync());
    });
  });
}
