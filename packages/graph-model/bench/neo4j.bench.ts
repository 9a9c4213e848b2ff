// Neo4j export figures for a synthetic graph of 100k nodes and 500k relationships: how many transactions
// and statements a push needs (planned offline: no server here), and how fast the Cypher script and the
// neo4j-admin CSV files are written.
import { availableParallelism, loadavg } from "node:os";
import { cypherScriptParts } from "../src/export/cypher";
import { toNeo4jAdminCsv } from "../src/export/neo4j-admin";
import { DEFAULT_BATCH_SIZE, planBatches, statementOf } from "../src/neo4j/statements";
import { syntheticGraph } from "./synthetic";

const NODES = 100_000;
const EDGES = 500_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Wall time and CPU time (all threads, GC included) of `work`: on a shared machine CPU time is the steadier figure. */
function timed<T>(work: () => T): { value: T; wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const value = work();
  const wall = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu0);
  return { value, wall, cpu: (user + system) / 1000 };
}

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString("en");
const mb = (chars: number) => `${(chars / 1e6).toFixed(0)} MB`;

export async function run(): Promise<void> {
  const graph = syntheticGraph(NODES, EDGES);
  const rows = graph.nodes.length + graph.edges.length;
  console.log(`synthetic graph: ${graph.nodes.length} nodes, ${graph.edges.length} relationships`);

  const csv = timed(() => toNeo4jAdminCsv(graph));
  const csvChars = csv.value.files.reduce((n, f) => n + f.content.length, 0);
  console.log(
    `neo4j-admin CSV: ${csv.value.files.length} files, ${mb(csvChars)}, ${rows} rows in ${seconds(csv.wall)} wall, ${seconds(csv.cpu)} CPU ` +
      `(${rate(rows, csv.wall)} rows/s wall, ${rate(rows, csv.cpu)} rows/s CPU; aim >= 200,000)`,
  );
  const script = timed(() => {
    let chars = 0;
    for (const part of cypherScriptParts(graph)) chars += part.length;
    return chars;
  });
  console.log(`cypher script: ${mb(script.value)} in ${seconds(script.wall)} wall, ${seconds(script.cpu)} CPU (${rate(rows, script.wall)} rows/s wall, ${rate(rows, script.cpu)} rows/s CPU)`);

  for (const batchSize of [1000, DEFAULT_BATCH_SIZE, 20_000]) {
    const plan = timed(() => planBatches(graph.nodes, graph.edges, batchSize));
    const batches = plan.value;
    const groups = new Set(batches.map((b) => statementOf(b))).size;
    console.log(
      `push plan, batch ${batchSize}: ${batches.length} transactions, ${batches.length} statements (one per batch; ` +
        `${groups} distinct statements: one per label, one per relationship type and endpoint labels), rows built in ${seconds(plan.wall)} wall, ${seconds(plan.cpu)} CPU`,
    );
  }
  console.log(`(load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${availableParallelism()} cores)`);
}
