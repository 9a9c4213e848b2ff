// Neo4j export figures for a synthetic graph of 100k nodes and 500k relationships: how many transactions
// and statements a push needs (planned offline: no server here), and how fast the Cypher script and the
// neo4j-admin CSV files are written.
import { cypherScriptParts } from "../src/export/cypher";
import { toNeo4jAdminCsv } from "../src/export/neo4j-admin";
import { DEFAULT_BATCH_SIZE, planBatches, statementOf } from "../src/neo4j/statements";
import { syntheticGraph } from "./synthetic";

const NODES = 100_000;
const EDGES = 500_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (chars: number) => `${(chars / 1e6).toFixed(0)} MB`;

export async function run(): Promise<void> {
  const graph = syntheticGraph(NODES, EDGES);
  const rows = graph.nodes.length + graph.edges.length;
  console.log(`synthetic graph: ${graph.nodes.length} nodes, ${graph.edges.length} relationships`);

  for (const batchSize of [1000, DEFAULT_BATCH_SIZE, 20_000]) {
    const started = performance.now();
    const batches = planBatches(graph.nodes, graph.edges, batchSize);
    const ms = performance.now() - started;
    const groups = new Set(batches.map((b) => statementOf(b))).size;
    console.log(
      `push plan, batch ${batchSize}: ${batches.length} transactions, ${batches.length} statements ` +
        `(one per batch; ${groups} distinct statements: one per label, one per relationship type and endpoint labels), planned in ${seconds(ms)}`,
    );
  }

  let started = performance.now();
  let chars = 0;
  for (const part of cypherScriptParts(graph)) chars += part.length;
  let ms = performance.now() - started;
  console.log(`cypher script: ${mb(chars)} in ${seconds(ms)} (${Math.round(rows / (ms / 1000)).toLocaleString("en")} rows/s)`);

  started = performance.now();
  const csv = toNeo4jAdminCsv(graph);
  ms = performance.now() - started;
  const csvChars = csv.files.reduce((n, f) => n + f.content.length, 0);
  console.log(`neo4j-admin CSV: ${csv.files.length} files, ${mb(csvChars)} in ${seconds(ms)} (${Math.round(rows / (ms / 1000)).toLocaleString("en")} rows/s; aim >= 200,000)`);
}
