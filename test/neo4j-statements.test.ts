// Every statement the project sends to Neo4j, planned by the live server (EXPLAIN: Neo4j's own parser,
// semantic analysis and planner): schema, batch upserts, the store's reads and the query API. No errors,
// no warnings (deprecations, cartesian products, unbounded patterns, missing parameters).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EdgeEndpoints, EdgeTypes, NodeTypes } from "@newsgraph/graph-model";
import { allGraphQueries, edgeUpsertStatement, Neo4jStore, nodeUpsertStatement, queries, schemaStatements } from "@newsgraph/graph-model/neo4j";
import { hostileGraph } from "@newsgraph/graph-model/testing";

let store: Neo4jStore;
beforeAll(async () => {
  store = await Neo4jStore.connect();
  await store.deleteAllNewsgraphData();
  await store.init();
  // Data holding every property key, so that "unknown property" warnings would mean a real typo.
  const graph = hostileGraph();
  await store.write(graph.nodes, graph.edges);
});
afterAll(async () => store?.close());

// Read queries mention property keys that only some graphs hold (e.g. an event's counts): Neo4j warns
// about keys it has never stored, which says nothing about the statement.
const relevant = (warnings: { code: string }[]) => warnings.filter((w) => w.code !== "Neo.ClientNotification.Statement.UnknownPropertyKeyWarning");

describe("Neo4j plans every statement without an error or a warning", () => {
  it("constraints and indexes", async () => {
    for (const s of schemaStatements()) expect(relevant(await store.explain(s)), s).toEqual([]);
  });

  it("batch upserts, for every label and every relationship type and endpoint pair", async () => {
    for (const label of NodeTypes) expect(relevant(await store.explain(nodeUpsertStatement(label), { rows: [] })), label).toEqual([]);
    for (const type of EdgeTypes) {
      for (const from of EdgeEndpoints[type].from) {
        for (const to of EdgeEndpoints[type].to) expect(relevant(await store.explain(edgeUpsertStatement(type, from, to), { rows: [] })), `${type} ${from}->${to}`).toEqual([]);
      }
    }
  });

  it("the store's reads and the query API, with exactly their declared parameters", async () => {
    const all = [...queries.allReadQueries(), ...allGraphQueries()];
    expect(all.length).toBeGreaterThan(60);
    for (const q of all) expect(relevant(await store.explain(q.text, q.params)), q.text).toEqual([]);
  });

  it("the server does refuse what it should: a syntax error, an unknown variable", async () => {
    await expect(store.explain("MATCH (n:Actor RETURN n")).rejects.toThrow(/Invalid input/);
    await expect(store.explain("UNWIND $rows AS row MERGE (n:Actor {id: row.id}) SET n.x = rw.x", { rows: [] })).rejects.toThrow(/rw/);
  });
});
