// Neo4jStore against the live server of the test run (test/support/neo4j.ts): configuration and error
// wording, the GraphStore conformance suite, and a memory → Neo4j → memory round trip. These tests
// delete newsgraph's nodes: never point NEO4J_URI at a database you care about.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { MemoryStore } from "../store/memory-store";
import { stringifyGraph } from "../serialize";
import type { GraphStore } from "../store/types";
import { describeGraphStore } from "../testing/describe-graph-store";
import { describeNeo4jError, Neo4jConnectionError, Neo4jWriteError } from "./errors";
import { Neo4jStore, resolveNeo4jOptions } from "./store";
import { pullCypher } from "./pull";
import { hostileDelta, hostileGraph } from "./hostile-fixture";
import { planBatches, schemaStatements } from "./statements";
import { NodeTypes } from "../schema/generated";
import { InvalidDeltaError } from "../delta";


async function freshStore(): Promise<Neo4jStore> {
  const store = await Neo4jStore.connect({ batchSize: 7 });
  await store.deleteAllNewsgraphData();
  await store.init();
  return store;
}

describe("Neo4j configuration and errors (no server needed)", () => {
  it("takes the connection from options, else NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE", () => {
    const env = { NEO4J_URI: "neo4j://db:7687", NEO4J_USER: "reader", NEO4J_PASSWORD: "pw", NEO4J_DATABASE: "news" };
    expect(resolveNeo4jOptions({}, env)).toEqual({ uri: "neo4j://db:7687", user: "reader", password: "pw", database: "news", batchSize: 5000 });
    expect(resolveNeo4jOptions({ uri: "bolt://other:7687", batchSize: 10 }, env)).toMatchObject({ uri: "bolt://other:7687", batchSize: 10 });
    expect(() => resolveNeo4jOptions({}, {})).toThrow(/no Neo4j server given: pass --uri or set NEO4J_URI/);
    expect(() => resolveNeo4jOptions({}, { NEO4J_URI: "neo4j://x" })).toThrow(/NEO4J_PASSWORD/);
  });

  it("an unreachable server fails on connect with one line naming it", async () => {
    const error = await Neo4jStore.connect({ uri: "bolt://127.0.0.1:1", password: "x", connectionTimeout: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jConnectionError);
    expect((error as Error).message).toMatch(/^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: /);
    expect((error as Error).message).not.toContain("\n");
  });

  it("names the cause of the driver's errors: wrong password, missing database, constraint violation", () => {
    const target = { uri: "neo4j://db:7687", user: "neo4j", database: "news" };
    const err = (code: string, message: string) => new neo4j.Neo4jError(message, code, "50N42", "error");
    expect(describeNeo4jError(err("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."), target))
      .toBe('Neo4j at neo4j://db:7687 refused the user name or password for user "neo4j"');
    expect(describeNeo4jError(err("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'news'."), target))
      .toBe('database "news" does not exist on Neo4j at neo4j://db:7687');
    expect(describeNeo4jError(err("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Actor` and property `id` = 'actor:x'\nmore"), target))
      .toBe("a Neo4j constraint was violated in database \"news\": Node(12) already exists with label `Actor` and property `id` = 'actor:x'");
    expect(describeNeo4jError(err("ServiceUnavailable", "Could not perform discovery."), target)).toMatch(/^cannot reach Neo4j at neo4j:\/\/db:7687/);
  });

  it("a failed write says which batches were committed and which were not", () => {
    const partial = new Neo4jWriteError("a Neo4j constraint was violated", { batches: 3, rowsWritten: 15000, nodesCreated: 15000, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 }, 10, "nodes Actor, 5000 rows");
    expect(partial.message).toBe(
      "a Neo4j constraint was violated. Written: 3 of 10 batches (15000 rows); batch 4 (nodes Actor, 5000 rows) was rolled back; " +
        "the other 7 batches were not written. Run the same push again to finish: it merges.",
    );
    const none = new Neo4jWriteError("cannot reach Neo4j at x", { batches: 0, rowsWritten: 0, nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 }, 4, "nodes Actor, 3 rows");
    expect(none.message).toBe("cannot reach Neo4j at x. Nothing was written (0 of 4 batches; each batch is one transaction).");
  });

  it("the viewer-safe entry never loads neo4j-driver", () => {
    const seen = new Set<string>();
    const resolve = (spec: string, from: URL): URL => {
      const file = new URL(`${spec}.ts`, from);
      return existsSync(file) ? file : new URL(`${spec}/index.ts`, from);
    };
    const visit = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      for (const [, spec] of readFileSync(url, "utf8").matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)) {
        expect(spec, `${url.pathname} imports ${spec}`).not.toMatch(/^neo4j-driver|^@neo4j-cypher/);
        if (spec!.startsWith(".")) visit(resolve(spec!, url));
      }
    };
    visit(new URL("../index.ts", import.meta.url));
    expect([...seen].some((f) => f.endsWith("/export/cypher.ts"))).toBe(true);
    expect([...seen].some((f) => f.endsWith("/neo4j/statements.ts"))).toBe(true);
    expect([...seen].some((f) => f.endsWith("/neo4j/store.ts"))).toBe(false);
  });
});

describe("Neo4jStore against the live server", () => {
  const connect = (options: Record<string, unknown> = {}) => Neo4jStore.connect({ batchSize: 5, ...options });

  it("pushes one transaction per batch; integers stay integers; every hostile value arrives unchanged", async () => {
    const store = await freshStore();
    try {
      const graph = hostileGraph();
      const report = await store.write(graph.nodes, graph.edges, { batchSize: 5 });
      expect(report).toMatchObject({ transactions: planBatches(graph.nodes, graph.edges, 5).length, rowsWritten: graph.nodes.length + graph.edges.length });
      const [row] = (await store.run("MATCH (e:Event) WHERE e.counts_killed IS NOT NULL RETURN valueType(e.counts_killed) AS t")).map((r) => r.toObject());
      expect(row).toEqual({ t: "INTEGER NOT NULL" });
      expect(stringifyGraph(await store.export())).toBe(stringifyGraph(graph));
    } finally {
      await store.close();
    }
  });

  it("init creates every constraint and index, and running it again changes nothing", async () => {
    const store = await freshStore();
    try {
      const names = async () => (await store.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS c")).map((r) => r.get("c") as string[])[0]!.sort();
      const before = await names();
      for (const label of NodeTypes) expect(before).toContain(`${label.toLowerCase()}_id`);
      expect(await store.init()).toEqual(schemaStatements());
      expect(await names()).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it("a wrong password and a missing database fail on connect, with one line each", async () => {
    const uri = process.env.NEO4J_URI!;
    await expect(connect({ password: "wrong" })).rejects.toThrow(`Neo4j at ${uri} refused the user name or password for user "neo4j"`);
    await expect(connect({ database: "nope" })).rejects.toThrow(`database "nope" does not exist on Neo4j at ${uri}`);
    const store = await connect({ database: "neo4j" });
    expect(store.target).toBe(`${uri} (database neo4j)`);
    await store.close();
  });

  it("a write that fails part-way says which batches were committed and which were not, and keeps the committed ones", async () => {
    const store = await freshStore();
    try {
      const graph = hostileGraph();
      const actors = graph.nodes.filter((n) => n.attributes.type === "Actor").slice(0, 10);
      const said = graph.edges.find((e) => e.attributes.type === "SAID")!;
      const error = await store.write(actors, [said], { batchSize: 5 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jWriteError);
      expect((error as Error).message).toBe(
        "1 of 1 SAID Actor->Statement relationships have an endpoint that is not in Neo4j. Written: 2 of 3 batches (10 rows); " +
          "batch 3 (edges SAID Actor->Statement, 1 rows) was rolled back; the other 1 batches were not written. Run the same push again to finish: it merges.",
      );
      expect(await store.counts()).toMatchObject({ totalNodes: 10, totalEdges: 0 });
    } finally {
      await store.close();
    }
  });

  it("apply refuses a delta whose edges point to nodes neither in the delta nor in the database, before writing", async () => {
    const store = await freshStore();
    try {
      const delta = hostileDelta();
      const error = await store.apply({ ...delta, nodes: delta.nodes.filter((n) => n.attributes.type !== "Place") }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidDeltaError);
      expect((error as Error).message).toMatch(/target does not exist|source does not exist/);
      expect((await store.counts()).totalNodes).toBe(0);
    } finally {
      await store.close();
    }
  });
});

describeGraphStore("Neo4jStore", freshStore as () => Promise<GraphStore>);

describe("Neo4j push / pull round trip", () => {
  it("memory → Neo4j → memory is lossless, hostile names included, and a second push changes nothing", async () => {
    const graph = hostileGraph();
    const store = await freshStore();
    try {
      const first = await store.write(graph.nodes, graph.edges);
      expect(first).toMatchObject({ nodesCreated: graph.nodes.length, edgesCreated: graph.edges.length, nodesUpdated: 0, edgesUpdated: 0 });
      const second = await store.write(graph.nodes, graph.edges);
      expect(second).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 });
      expect(stringifyGraph(await store.export())).toBe(stringifyGraph(graph));
      const pulled = await pullCypher(store, "MATCH (n)-[r]->(m) RETURN n, r, m");
      expect(stringifyGraph(pulled.graph)).toBe(stringifyGraph(graph));
      const memory = MemoryStore.fromSerialized(graph);
      const id = graph.nodes.find((n) => n.attributes.type === "Actor")!.key;
      expect(await store.subgraph({ ego: { id, hops: 2 } })).toEqual(memory.subgraphSync({ ego: { id, hops: 2 } }));
    } finally {
      await store.close();
    }
  });

  it("a relationship whose endpoint is missing rolls its batch back and says so", async () => {
    const graph = hostileGraph();
    const store = await freshStore();
    try {
      const said = graph.edges.find((e) => e.attributes.type === "SAID")!;
      const error = await store.write([], [said]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jWriteError);
      expect((error as Error).message).toMatch(/1 of 1 SAID Actor->Statement relationships have an endpoint that is not in Neo4j\. Nothing was written/);
      expect((await store.counts()).totalEdges).toBe(0);
    } finally {
      await store.close();
    }
  });
});
