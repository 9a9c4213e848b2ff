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
import type { GraphCounts } from "../src/store/types";
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

/** Applies every delta to a fresh store, which is dropped afterwards so the next figure starts from the same heap. */
function applyAll(deltas: GraphDelta[], options: { validate?: boolean }, reapply = false): { apply: Timing; again?: Timing; counts: GraphCounts } {
  const store = new MemoryStore();
  const apply = timed(() => {
    for (const d of deltas) store.applySync(d, options);
  });
  const again = reapply
    ? timed(() => {
        for (const d of deltas) store.applySync(d, options);
      })
    : undefined;
  return { apply, again, counts: store.countsSync() };
}

function benchApply(): void {
  const deltas = syntheticDeltas(4000);
  const elements = deltas.reduce((sum, d) => sum + d.nodes.length + d.edges.length, 0);
  const rate = (t: Timing) => `${fmt(elements / t.wall)} elements/s wall, ${fmt(elements / t.cpu)} elements/s CPU`;
  // A warm-up pass so the JIT has seen the code; then the measured passes, each on a fresh store.
  applyAll(deltas.slice(0, 500), {});
  const { apply, again, counts } = applyAll(deltas, {}, true);
  console.log(`apply (validated): ${deltas.length} deltas, ${fmt(elements)} elements in ${secs(apply)}`);
  console.log(`  = ${rate(apply)} (aim >= 300,000)`);
  console.log(`  graph after apply: ${fmt(counts.totalNodes)} nodes, ${fmt(counts.totalEdges)} edges`);
  console.log(`re-apply of the same deltas (all merges, no change): ${rate(again!)}`);
  // The trusted path: deltas this process built with DeltaBuilder, applied without checking them again.
  const trusted = applyAll(deltas, { validate: false });
  console.log(`apply (trusted, { validate: false }): ${rate(trusted.apply)}`);
}

/** Saves the synthetic graph; the store is dropped on return, as in a process that only saves it. */
function saveSynthetic(path: string): { save: Timing; nodes: number; edges: number } {
  const store = MemoryStore.fromSerialized(syntheticGraph(100_000, 500_000));
  const save = timed(() => saveGraph(store, path));
  return { save, nodes: store.graph.order, edges: store.graph.size };
}

function benchSaveLoad(): void {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  try {
    const path = join(dir, "graph.json");
    const { save, nodes, edges } = saveSynthetic(path);
    const size = statSync(path).size / 1024 / 1024;
    console.log(`save: ${fmt(nodes)} nodes + ${fmt(edges)} edges, ${size.toFixed(1)} MiB, in ${secs(save)}`);
    let loaded: MemoryStore | undefined;
    const load = timed(() => {
      loaded = loadGraph(path);
    });
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
