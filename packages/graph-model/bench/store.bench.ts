// The store's throughput: applying deltas to the MemoryStore, and saving and loading a large graph file.
// Aims: at least 300,000 elements (nodes + edges of the deltas) applied per second; save + load of
// 100k nodes and 500k edges under 5 s. Wall time depends on what else the machine runs, so each figure is
// printed with this process's CPU time and the load average too.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryStore } from "../src/store/memory-store";
import { loadGraph, saveGraph } from "../src/node/files";
import { syntheticDeltas, syntheticGraph } from "./synthetic";

interface Timing {
  wall: number;
  cpu: number;
}

function timed(fn: () => void): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const secs = (t: Timing) => `${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU`;

function benchApply(): void {
  const deltas = syntheticDeltas(4000);
  const elements = deltas.reduce((sum, d) => sum + d.nodes.length + d.edges.length, 0);
  // A warm-up pass so the JIT has seen the code; then the measured pass on a fresh store.
  const warm = new MemoryStore();
  for (const d of deltas.slice(0, 500)) warm.applySync(d);
  const store = new MemoryStore();
  const apply = timed(() => {
    for (const d of deltas) store.applySync(d);
  });
  const counts = store.countsSync();
  console.log(`apply (validated): ${deltas.length} deltas, ${fmt(elements)} elements in ${secs(apply)}`);
  console.log(`  = ${fmt(elements / apply.wall)} elements/s wall, ${fmt(elements / apply.cpu)} elements/s CPU (aim >= 300,000)`);
  console.log(`  graph after apply: ${fmt(counts.totalNodes)} nodes, ${fmt(counts.totalEdges)} edges`);
  const again = timed(() => {
    for (const d of deltas) store.applySync(d);
  });
  console.log(`re-apply of the same deltas (all merges, no change): ${fmt(elements / again.wall)} elements/s wall, ${fmt(elements / again.cpu)} elements/s CPU`);
}

function benchSaveLoad(): void {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  try {
    const store = MemoryStore.fromSerialized(syntheticGraph(100_000, 500_000));
    const path = join(dir, "graph.json");
    const save = timed(() => saveGraph(store, path));
    let loaded: MemoryStore | undefined;
    const load = timed(() => {
      loaded = loadGraph(path);
    });
    const size = statSync(path).size / 1024 / 1024;
    console.log(`save: ${fmt(store.graph.order)} nodes + ${fmt(store.graph.size)} edges, ${size.toFixed(1)} MiB, in ${secs(save)}`);
    console.log(`load (read + parse + validate + index): ${secs(load)}; loaded ${fmt(loaded!.graph.order)} nodes, ${fmt(loaded!.graph.size)} edges`);
    console.log(`save + load: ${(save.wall + load.wall).toFixed(2)} s wall, ${(save.cpu + load.cpu).toFixed(2)} s CPU (aim < 5 s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores`);
  benchApply();
  benchSaveLoad();
}
