// The store's throughput: applying deltas to the MemoryStore, and saving and loading a large graph file.
// Aims: at least 300,000 elements (nodes + edges of the deltas) applied per second; save + load of
// 100k nodes and 500k edges under 5 s. Wall time depends on what else the machine runs, so each figure is
// printed with this process's CPU time and the load average too. Each figure is taken with only its own
// graph in memory (stores of earlier figures are dropped), as in a process that builds, saves or loads one.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryStore } from "../src/store/memory-store";
import { loadGraph, saveGraph } from "../src/node/files";
import type { GraphDelta } from "../src/delta";
import { syntheticDeltas, syntheticGraph } from "./synthetic";
import { fmt, timed, type Timing } from "./timing";

const secs = (t: Timing) => `${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU`;

/** CPU seconds of a plain JSON round trip of the same values: the reference each figure is divided by. */
function reference(value: unknown): Timing {
  return timed(() => JSON.parse(JSON.stringify(value)));
}

const ratio = (t: Timing, ref: Timing) => `${(t.cpu / ref.cpu).toFixed(2)}× the CPU of a JSON round trip of the same records`;
const countElements = (deltas: GraphDelta[]) => deltas.reduce((sum, d) => sum + d.nodes.length + d.edges.length, 0);

/**
 * Applies deltas in blocks to one growing store, timing each block: the rate must stay flat as hub nodes
 * gather thousands of mentions (merges append, they do not copy a node's whole record).
 */
function benchApply(): void {
  const articles = 16_000, blocks = 4;
  const deltas = syntheticDeltas(articles);
  // A warm-up pass so the JIT has seen the code; then the measured passes, on a fresh store.
  const warm = new MemoryStore();
  for (const d of deltas.slice(0, 500)) warm.applySync(d);
  const store = new MemoryStore();
  const size = articles / blocks;
  const rates: number[] = [];
  let totalElements = 0, totalCpu = 0, refCpu = 0;
  for (let b = 0; b < blocks; b++) {
    const block = deltas.slice(b * size, (b + 1) * size);
    const elements = countElements(block);
    const ref = reference(block);
    const t = timed(() => {
      for (const d of block) store.applySync(d);
    });
    rates.push(elements / t.cpu);
    totalElements += elements;
    totalCpu += t.cpu;
    refCpu += ref.cpu;
    console.log(`apply (validated), articles ${fmt(b * size)}-${fmt((b + 1) * size)}: ${fmt(elements)} elements, ${secs(t)} = ${fmt(elements / t.cpu)} elements/s CPU; ${ratio(t, ref)}; graph now ${fmt(store.graph.order)} nodes, ${fmt(store.graph.size)} edges`);
  }
  const top = [...store.graph.nodes()].reduce((best, id) => {
    const n = (store.graph.getNodeAttributes(id) as { provenance?: unknown[] }).provenance?.length ?? 0;
    return n > best.n ? { id, n } : best;
  }, { id: "", n: 0 });
  console.log(`apply (validated), all ${fmt(articles)} articles: ${fmt(totalElements / totalCpu)} elements/s CPU (aim >= 300,000); ${(totalCpu / refCpu).toFixed(2)}× the JSON reference`);
  console.log(`  flatness: last block ${fmt(rates.at(-1)!)} vs first ${fmt(rates[0]!)} elements/s CPU = ${(rates.at(-1)! / rates[0]!).toFixed(2)} (1.00 is flat); busiest node ${top.id} has ${fmt(top.n)} mentions`);
  const again = timed(() => {
    for (const d of deltas) store.applySync(d);
  });
  console.log(`re-apply of the same deltas (all merges, no change): ${fmt(totalElements / again.cpu)} elements/s CPU`);
  const trusted = new MemoryStore();
  const t = timed(() => {
    for (const d of deltas) trusted.applySync(d, { validate: false });
  });
  console.log(`apply (trusted, { validate: false }): ${fmt(totalElements / t.cpu)} elements/s CPU`);
}

/** Saves the synthetic graph; the store is dropped on return, as in a process that only saves it. */
function saveSynthetic(path: string): { save: Timing; ref: Timing; nodes: number; edges: number } {
  const graph = syntheticGraph(100_000, 500_000);
  const ref = reference(graph);
  const store = MemoryStore.fromSerialized(graph);
  const save = timed(() => saveGraph(store, path));
  return { save, ref, nodes: store.graph.order, edges: store.graph.size };
}

function benchSaveLoad(): void {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  try {
    const path = join(dir, "graph.json");
    const { save, ref, nodes, edges } = saveSynthetic(path);
    const size = statSync(path).size / 1024 / 1024;
    console.log(`reference: JSON.parse(JSON.stringify(graph)) of the same ${fmt(nodes)} nodes + ${fmt(edges)} edges in ${secs(ref)}`);
    console.log(`save: ${fmt(nodes)} nodes + ${fmt(edges)} edges, ${size.toFixed(1)} MiB, in ${secs(save)}`);
    let loaded: MemoryStore | undefined;
    const load = timed(() => {
      loaded = loadGraph(path);
    });
    console.log(`load (streamed read + parse + validate + index): ${secs(load)}; loaded ${fmt(loaded!.graph.order)} nodes, ${fmt(loaded!.graph.size)} edges`);
    const both: Timing = { wall: save.wall + load.wall, cpu: save.cpu + load.cpu };
    console.log(`save + load: ${secs(both)} (aim < 5 s); ${ratio(both, ref)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores`);
  benchApply();
  benchSaveLoad();
}
