// Neo4jStore: what runs everywhere (configuration, errors on an unreachable server, error wording), and what
// runs only against a live server (NEO4J_URI set): the GraphStore conformance suite and a
// memory → Neo4j → memory round trip. Use a throwaway server: these tests delete newsgraph's nodes.
import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { MemoryStore } from "../store/memory-store";
import { stringifyGraph } from "../serialize";
import type { GraphStore } from "../store/types";
import { describeGraphStore } from "../testing/describe-graph-store";
import { describeNeo4jError, Neo4jConnectionError, Neo4jWriteError } from "./errors";
import { Neo4jStore, resolveNeo4jOptions } from "./store";
import { pullCypher } from "./pull";
import { hostileDelta, hostileGraph } from "./hostile-fixture";
import { ScriptedBoltServer, defaultReply, type ScriptedBoltOptions } from "../testing/scripted-bolt-server";
import { planBatches, schemaStatements, statementOf } from "./statements";
import { edgeToRow, nodeToRow } from "./properties";
import { lintCypher } from "./cypher-lint";
import { InvalidDeltaError } from "../delta";

const LIVE = process.env.NEO4J_URI;
const SKIP_REASON = "NEO4J_URI is not set: start a throwaway Neo4j (docs/neo4j.md) and set NEO4J_URI, NEO4J_PASSWORD to run it";
if (!LIVE) console.warn(`[neo4j] live-server tests skipped: ${SKIP_REASON}`);

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

describe("Neo4jStore through the real driver, against a scripted Bolt endpoint (no Neo4j needed)", () => {
  const servers: ScriptedBoltServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.stop();
  });
  const serve = async (options: ScriptedBoltOptions = {}) => {
    const server = new ScriptedBoltServer({ password: "pw", databases: ["neo4j", "news"], ...options });
    servers.push(server);
    return { server, uri: await server.start() };
  };
  const connect = (uri: string, options: Record<string, unknown> = {}) => Neo4jStore.connect({ uri, password: "pw", batchSize: 5, ...options }, {});

  it("pushes one statement per batch, each batch one transaction, every value a parameter that arrives unchanged", async () => {
    const { server, uri } = await serve();
    const store = await connect(uri);
    const graph = hostileGraph();
    const report = await store.write(graph.nodes, graph.edges);
    await store.close();
    const batches = planBatches(graph.nodes, graph.edges, 5);
    const sent = server.statements.filter((s) => "rows" in s.params);
    expect(report).toMatchObject({ transactions: batches.length, statements: batches.length, rowsWritten: graph.nodes.length + graph.edges.length });
    expect(sent.map((s) => s.query)).toEqual(batches.map((b) => statementOf(b)));
    expect(sent.map((s) => s.params.rows)).toEqual(batches.map((b) => b.rows));
    expect(new Set(sent.map((s) => s.tx)).size).toBe(batches.length);
    expect(sent.every((s) => s.tx > 0)).toBe(true);
    expect(server.floatsReceived).toBe(0); // counts_killed went as an integer, not a float
    expect(JSON.stringify(sent.map((s) => s.params))).toContain('"counts_killed":3');
    for (const query of new Set(sent.map((s) => s.query))) expect(lintCypher(query, { rows: [] })).toEqual([]);
  });

  it("init sends every constraint and index", async () => {
    const { server, uri } = await serve();
    const store = await connect(uri);
    await store.init();
    await store.close();
    expect(server.statements.map((s) => s.query).filter((q) => q.startsWith("CREATE"))).toEqual(schemaStatements());
  });

  it("a wrong password and a missing database fail on connect, with one line each", async () => {
    const { uri } = await serve();
    await expect(connect(uri, { password: "wrong" })).rejects.toThrow(`Neo4j at ${uri} refused the user name or password for user "neo4j"`);
    await expect(connect(uri, { database: "nope" })).rejects.toThrow(`database "nope" does not exist on Neo4j at ${uri}`);
    const store = await connect(uri, { database: "news" });
    expect(store.target).toBe(`${uri} (database news)`);
    await store.close();
  });

  it("a constraint violation stops the push at its batch: earlier batches committed, the rest not sent", async () => {
    const violation = { code: "Neo.ClientError.Schema.ConstraintValidationFailed", message: "Node(7) already exists with label `Actor` and property `id` = 'actor:o-brien'" };
    const { server, uri } = await serve({ reply: (s, i) => (i === 3 ? violation : defaultReply(s)) });
    const store = await connect(uri);
    const graph = hostileGraph();
    const error = await store.write(graph.nodes, graph.edges).catch((e: unknown) => e);
    await store.close();
    const total = planBatches(graph.nodes, graph.edges, 5).length;
    expect(error).toBeInstanceOf(Neo4jWriteError);
    expect((error as Error).message).toBe(
      `a Neo4j constraint was violated in database "(default)": ${violation.message}. Written: 2 of ${total} batches (10 rows); ` +
        `batch 3 (nodes Actor, 5 rows) was rolled back; the other ${total - 2} batches were not written. Run the same push again to finish: it merges.`,
    );
    expect(server.statements).toHaveLength(4); // RETURN 1, two committed batches, the failed one
    expect(server.committed).toBe(3); // the connection check and two batches
  });

  it("rolls a batch back when Neo4j matched fewer relationship endpoints than rows sent", async () => {
    const { uri } = await serve({ reply: (s) => (Array.isArray(s.params.rows) && String(s.query).includes("MATCH (s:") ? { fields: ["rows", "created", "updated"], records: [[s.params.rows.length - 1, 0, 0]] } : defaultReply(s)) });
    const store = await connect(uri);
    const graph = hostileGraph();
    const said = graph.edges.filter((e) => e.attributes.type === "SAID");
    const error = await store.write([], said).catch((e: unknown) => e);
    await store.close();
    expect((error as Error).message).toMatch(/^1 of \d+ SAID Actor->Statement relationships have an endpoint that is not in Neo4j\. Nothing was written/);
  });

  it("pull reads what push wrote back into the same graph: nodes, relationships and paths off the wire", async () => {
    // The endpoint keeps the pushed rows (into an empty database a MERGE creates) and answers the pull
    // query with Bolt Node and Relationship structures, as Neo4j would.
    const nodes = new Map<string, { n: number; label: string; props: Record<string, unknown> }>();
    const rels: { source: string; target: string; type: string; props: Record<string, unknown> }[] = [];
    const struct = (signature: number, ...fields: unknown[]) => ({ signature, fields }) as never;
    const nodeStruct = (id: string) => struct(0x4e, nodes.get(id)!.n, [nodes.get(id)!.label], nodes.get(id)!.props);
    const { uri } = await serve({
      reply: (s) => {
        const rows = s.params.rows as Record<string, unknown>[] | undefined;
        const node = /MERGE \(n:(\w+) \{id: row\.id\}\)/.exec(s.query);
        const rel = /MERGE \(s\)-\[r:(\w+) \{key: row\.key\}\]->\(t\)/.exec(s.query);
        if (rows && node) for (const row of rows) nodes.set(row.id as string, { n: nodes.size + 1, label: node[1]!, props: row });
        if (rows && rel) for (const { source, target, ...props } of rows) rels.push({ source: source as string, target: target as string, type: rel[1]!, props });
        if (s.query === "MATCH p = (n)-[r]->(m) RETURN p") {
          return {
            fields: ["p"],
            records: rels.map((r, i) => [struct(0x50, [nodeStruct(r.source), nodeStruct(r.target)], [struct(0x72, i + 1, r.type, r.props)], [1, 1])]),
          };
        }
        return defaultReply(s);
      },
    });
    const store = await connect(uri);
    const graph = hostileGraph();
    await store.write(graph.nodes, graph.edges);
    const pulled = await pullCypher(store, "MATCH p = (n)-[r]->(m) RETURN p");
    await store.close();
    const connected = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(pulled.skipped).toEqual({ nodes: 0, relationships: 0 });
    expect(stringifyGraph(pulled.graph)).toBe(stringifyGraph({ ...graph, nodes: graph.nodes.filter((n) => connected.has(n.key)) }));
    expect(pulled.graph.nodes.length).toBeGreaterThan(30);
  });

  it("reads: sends normalized names and ids as parameters, and turns the answers into the contract's records", async () => {
    const graph = hostileGraph();
    const actor = graph.nodes.find((n) => n.attributes.type === "Actor" && (n.attributes as { aliases: string[] }).aliases.length)!;
    const edges = graph.edges.filter((e) => e.source === actor.key || e.target === actor.key);
    const { server, uri } = await serve({
      reply: (s) => {
        if (s.query.startsWith("MATCH (n:Actor) RETURN 'node'")) return { fields: ["kind", "name", "c"], records: [["node", "Actor", 10], ["node", "Place", 0], ["edge", "SAID", 3]] };
        if (s.query.includes("$key IN n.nameKeys") || s.query.startsWith("MATCH (n:Actor {id: $id}) RETURN")) {
          return { fields: ["labels", "p"], records: [[["Actor"], nodeToRow(actor.key, actor.attributes) as never]] };
        }
        if (s.query.startsWith("MATCH (n:Actor {id: $id})-[r]-(m)")) {
          return {
            fields: ["source", "target", "type", "p", "labels", "mp"],
            records: [...edges].reverse().map((e) => [e.source, e.target, e.attributes.type, edgeToRow(e.key, e.attributes), ["Article"], { id: "article:x" }] as never),
          };
        }
        return defaultReply(s);
      },
    });
    const store = await connect(uri);
    expect(await store.counts()).toEqual({ nodes: { Actor: 10 }, edges: { SAID: 3 }, totalNodes: 10, totalEdges: 3 });
    const found = await store.findByName("  O’BRIEN's  ");
    expect(server.statements.at(-1)!.params).toEqual({ key: "o brien" });
    expect(found).toEqual([{ id: actor.key, attributes: actor.attributes }]);
    expect(await store.getNode(actor.key)).toEqual({ id: actor.key, attributes: actor.attributes });
    expect(await store.getNode("nolabel:x")).toBeUndefined();
    const got = await store.edgesOf(actor.key, { edgeType: "MENTIONED_IN" });
    expect(server.statements.at(-1)!.params).toEqual({ id: actor.key, types: ["MENTIONED_IN"], nodeTypes: null });
    expect(got).toEqual([...edges].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(await store.edgesOf("article:x", { direction: "out" })).toEqual([]); // Articles have no outgoing edges: no query sent
    await store.close();
  });

  it("apply refuses a delta whose edges point to nodes neither in the delta nor in the database, before writing", async () => {
    const { server, uri } = await serve();
    const store = await connect(uri);
    const delta = hostileDelta();
    const error = await store.apply({ ...delta, nodes: delta.nodes.filter((n) => n.attributes.type !== "Place") }).catch((e: unknown) => e);
    await store.close();
    expect(error).toBeInstanceOf(InvalidDeltaError);
    expect((error as Error).message).toMatch(/target does not exist|source does not exist/);
    expect(server.statements.some((s) => "rows" in s.params)).toBe(false);
  });
});

describeGraphStore("Neo4jStore", freshStore as () => Promise<GraphStore>, { skip: LIVE ? false : SKIP_REASON, timeout: 120_000 });

describe.skipIf(!LIVE)(`Neo4j push / pull round trip${LIVE ? "" : ` (skipped: ${SKIP_REASON})`}`, () => {
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
