// The Graph query API on a synthetic memory graph of 1M edges (extractor-shaped: ./synthetic.ts):
// p50 and p99 latency of statementsBy, ego(…, 2) and paths(…, { maxHops: 4 }), for actors drawn
// uniformly from the graph (seeded). Aims: statementsBy p50 under 1 ms, paths p50 under 50 ms.
import { MemoryStore } from "../src/store/memory-store";
import { MemoryGraph } from "../src/query/memory-graph";
import type { ActorAttributes } from "../src/schema/generated";
import { random, syntheticDeltas } from "./synthetic";

const TARGET_EDGES = 1_000_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, calls: number, once: (i: number) => Promise<unknown>, note: (results: unknown[]) => string): Promise<void> {
  for (let i = 0; i < Math.min(50, calls); i++) await once(calls + i); // warm-up, other inputs
  const times: number[] = [];
  const results: unknown[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    results.push(await once(i));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(n < 1 ? 3 : 1)} ms`;
  console.log(`${label.padEnd(34)} p50 ${ms(percentile(times, 50)).padStart(10)}  p99 ${ms(percentile(times, 99)).padStart(10)}  max ${ms(times.at(-1)!).padStart(10)}  (${calls} calls; ${note(results)})`);
}

export async function run(): Promise<void> {
  const started = performance.now();
  const store = new MemoryStore();
  // ~42 edges per synthetic article: build until the graph holds 1M edges.
  for (const delta of syntheticDeltas(Math.ceil(TARGET_EDGES / 38))) {
    store.applySync(delta, { validate: false });
    if (store.graph.size >= TARGET_EDGES) break;
  }
  const counts = store.countsSync();
  console.log(`graph: ${counts.totalNodes.toLocaleString("en-US")} nodes, ${counts.totalEdges.toLocaleString("en-US")} edges, built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const graph = new MemoryGraph(store);
  const actors = store.idsOfType("Actor");
  const names = actors.map((id) => (store.graph.getNodeAttributes(id) as ActorAttributes).name);
  const rand = random(7);
  const draw = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * names.length));
  const many = draw(4000), pairs = draw(800);
  const avg = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(1);

  await measure("statementsBy(name)", 2000, (i) => graph.statementsBy(names[many[i]!]!), (r) => `avg ${avg((r as unknown[][]).map((x) => x.length))} statements`);
  await measure("ego(actor, 2)", 200, (i) => graph.ego(actors[many[i]!]!, 2), (r) => `avg ${avg((r as { nodes: unknown[] }[]).map((x) => x.nodes.length))} nodes`);
  await measure("paths(a, b, { maxHops: 4 })", 200, (i) => graph.paths(actors[pairs[2 * i]!]!, actors[pairs[2 * i + 1]!]!, { maxHops: 4 }), (r) => {
    const found = r as { all: unknown[]; truncated: boolean }[];
    return `avg ${avg(found.map((x) => x.all.length))} paths, ${found.filter((x) => x.all.length).length} pairs connected, ${found.filter((x) => x.truncated).length} at the limit of 100`;
  });
  console.log("aims: statementsBy p50 < 1 ms, paths p50 < 50 ms");
}
