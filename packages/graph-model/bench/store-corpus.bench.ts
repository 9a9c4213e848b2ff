// A corpus-sized graph end to end: a synthetic graph equivalent to NEWSGRAPH_BENCH_ARTICLES articles
// (default 100,000; about 5.5 KB of text each, as real news) is applied delta by delta, saved, opened
// again and exported to GEXF and GraphML, each streamed to disk. Prints wall time, CPU time and the
// process's peak memory after each step, and each step's CPU against a plain JSON round trip of a sample
// of the same records scaled up (the reference run in this process).
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryStore } from "../src/store/memory-store";
import { graphFileChunks, loadGraph, saveGraph, writeChunksAtomic } from "../src/node/files";
import { gexfChunks } from "../src/export/gexf";
import { graphmlChunks } from "../src/export/graphml";
import { syntheticDeltaStream } from "./synthetic";
import { fmt, timed, type Timing } from "./timing";

const peak = () => `peak RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`;
const mib = (path: string) => `${(statSync(path).size / 1024 / 1024).toFixed(0)} MiB`;

export async function run(): Promise<void> {
  const articles = Number(process.env.NEWSGRAPH_BENCH_ARTICLES ?? 100_000);
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores; ${fmt(articles)} articles (NEWSGRAPH_BENCH_ARTICLES)`);
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-corpus-"));
  const line = (what: string, t: Timing, ref: number, extra = "") =>
    console.log(`${what}: ${t.wall.toFixed(1)} s wall, ${t.cpu.toFixed(1)} s CPU (${(t.cpu / ref).toFixed(2)}× the reference)${extra}; ${peak()}`);
  try {
    const path = join(dir, "graph.json");
    let elements = 0, count = 0;
    let reference = 0;
    {
      const store = new MemoryStore();
      const apply = timed(() => {
        for (const delta of syntheticDeltaStream(articles, 1, 60)) {
          elements += delta.nodes.length + delta.edges.length;
          // The reference: a JSON round trip of every 20th delta, scaled by 20 below.
          if (count++ % 20 === 0) reference += timed(() => JSON.parse(JSON.stringify(delta))).cpu;
          store.applySync(delta);
        }
      });
      reference *= 20;
      console.log(`reference: JSON round trip of the deltas, ${reference.toFixed(1)} s CPU (sampled 1 in 20, scaled)`);
      line(`build (apply, validated, delta by delta)`, apply, reference, `, ${fmt(elements)} elements = ${fmt(elements / apply.cpu)} elements/s CPU, ${fmt(store.graph.order)} nodes, ${fmt(store.graph.size)} edges`);
      const save = timed(() => saveGraph(store, path));
      line("save (streamed)", save, reference, `, ${mib(path)}`);
    }
    let loaded: MemoryStore | undefined;
    const load = timed(() => {
      loaded = loadGraph(path);
    });
    line("open (streamed load into a store)", load, reference, `, ${fmt(loaded!.graph.order)} nodes, ${fmt(loaded!.graph.size)} edges`);
    const graph = loaded!.exportSync();
    for (const [name, chunks] of [["json", graphFileChunks], ["gexf", gexfChunks], ["graphml", graphmlChunks]] as const) {
      const out = join(dir, `graph.${name}`);
      const t = timed(() => writeChunksAtomic(out, chunks(graph)));
      line(`export ${name} (streamed)`, t, reference, `, ${mib(out)}`);
      rmSync(out);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
