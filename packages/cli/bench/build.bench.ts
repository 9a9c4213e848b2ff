// Build throughput: ingest, then the whole build (extract, resolve, apply) in the main thread and in
// worker threads, on the sample corpus copied to 40 articles. Prints articles per second.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "@newsgraph/extractor";
import { buildGraph } from "../src/build/build-graph";

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "corpus", "seeds");
const COPIES = 8;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, (performance.now() - started) / 1000];
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ng-bench-build-"));
  try {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
    for (let copy = 0; copy < COPIES; copy++) for (const f of seeds) copyFileSync(join(SEEDS, f), join(dir, `${copy}-${f}`));
    const n = seeds.length * COPIES;
    const [ingested, ingestSeconds] = await timed(() => ingest([dir]));
    console.log(`ingest: ${ingested.articles.length} articles in ${(ingestSeconds * 1000).toFixed(0)} ms`);
    // One warm-up build so that module loading and JIT do not count against the first measured mode.
    await buildGraph({ inputs: [dir], out: join(dir, "warm.json") });
    for (const workers of [0, 2]) {
      const [result, seconds] = await timed(() => buildGraph({ inputs: [dir], out: join(dir, "g.json"), workers }));
      const label = workers ? `${workers} worker threads (startup included)` : "main thread";
      console.log(`build, ${label}: ${n} articles in ${seconds.toFixed(2)} s = ${(n / seconds).toFixed(1)} articles/s (${result.report.counts.totalNodes} nodes, ${result.report.counts.totalEdges} edges)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
