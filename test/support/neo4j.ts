// Global setup of the "neo4j" test project (vitest.config.ts): one real Neo4j for the whole run. Uses the
// server in NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD when given, else starts the local one of
// test/neo4j-server (Neo4j Community, embedded, from Maven) and stops it at teardown. Vitest runs it only
// when a test of that project is queued, so other runs never pay for a JVM. Not starting is an error,
// never a skip: the live tests are the only proof that the Neo4j side works.
import type { TestProject } from "vitest/node";
import { EdgeEndpoints, EdgeTypes, NodeTypes } from "@newsgraph/graph-model";
import { allGraphQueries, edgeUpsertStatement, Neo4jStore, nodeUpsertStatement, queries } from "@newsgraph/graph-model/neo4j";
import { startLocalNeo4j, type LocalNeo4j } from "../neo4j-server/local";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

let server: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  let target: { uri: string; user: string; password: string };
  if (process.env.NEO4J_URI) {
    target = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER || "neo4j", password: process.env.NEO4J_PASSWORD ?? "" };
  } else {
    const started = Date.now();
    server = await startLocalNeo4j({ log: (line) => process.stderr.write(`[neo4j] ${line}\n`) });
    process.stderr.write(`[neo4j] local server at ${server.uri} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    target = { uri: server.uri, user: server.user, password: server.password };
  }
  // The project's workers read it in test/support/neo4j-env.ts.
  project.provide("neo4j", target);
  await warmUp(target);
}

/**
 * Plans every statement the store and the query API send once, against an empty input, so that the first
 * test to use one does not pay for Cypher planning and a cold JVM. Writes nothing.
 */
async function warmUp(target: { uri: string; user: string; password: string }): Promise<void> {
  const started = Date.now();
  const store = await Neo4jStore.connect(target, {});
  try {
    await store.init();
    const writes = [
      ...NodeTypes.map((label) => nodeUpsertStatement(label)),
      ...EdgeTypes.flatMap((type) => EdgeEndpoints[type].from.flatMap((from) => EdgeEndpoints[type].to.map((to) => edgeUpsertStatement(type, from, to)))),
    ];
    for (const text of writes) await store.run(`EXPLAIN ${text}`, { rows: [] });
    for (const q of [...queries.allReadQueries(), ...allGraphQueries()]) await store.run(`EXPLAIN ${q.text}`, q.params);
  } finally {
    await store.close();
  }
  process.stderr.write(`[neo4j] statements planned in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = undefined;
}
