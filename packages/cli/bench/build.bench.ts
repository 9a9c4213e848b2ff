// `pnpm bench build`: whole builds through the built command (bin/newsgraph.js) of 1k, 5k and 10k articles
// (real news texts repeated under distinct ids, in one .jsonl file), with the CPU time of every thread, the
// per-article cost, peak memory and the time of each phase; and one worker against two on the first size.
//   NEWSGRAPH_BENCH_BUILD_SIZES=1000,5000,10000   sizes to build
//   NEWSGRAPH_BENCH_WORKERS=2                     worker threads for the size runs
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bytesOf, newsTexts } from "../../../bench/news-texts";

const ROOT = resolve(import.meta.dirname, "..", "..", "..");
const BIN = join(ROOT, "packages", "cli", "bin", "newsgraph.js");
const USAGE = pathToFileURL(join(ROOT, "bench", "report-usage.mjs")).href;

const sizes = (process.env.NEWSGRAPH_BENCH_BUILD_SIZES ?? "1000,5000,10000").split(",").map(Number).filter((n) => n > 0);
const workers = Number(process.env.NEWSGRAPH_BENCH_WORKERS ?? 2);

interface Run {
  articles: number;
  mb: number;
  wallSeconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  phaseMs: Record<string, number>;
  nodes: number;
  edges: number;
}

function corpus(dir: string, n: number): { file: string; mb: number } {
  const { texts } = newsTexts();
  const lines: string[] = [];
  const picked: { text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const t = texts[i % texts.length]!;
    picked.push(t);
    lines.push(JSON.stringify({ id: `${String(i).padStart(6, "0")}-${t.id}`, text: t.text }));
  }
  const file = join(dir, `corpus-${n}.jsonl`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return { file, mb: bytesOf(picked) / 2 ** 20 };
}

function build(dir: string, file: string, mb: number, articles: number, workerCount: number): Run {
  const out = join(dir, `graph-${articles}-${workerCount}.json`);
  const started = performance.now();
  const r = spawnSync(process.execPath, ["--import", USAGE, BIN, "build", file, "--out", out, "--workers", String(workerCount), "--max-size", "50", "--json"], { encoding: "utf8", maxBuffer: 1 << 30 });
  const wallSeconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`build of ${articles} articles failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const usage = JSON.parse(/@@usage (.*)/.exec(r.stderr)![1]!) as { cpuSeconds: number; maxRssMb: number };
  const report = JSON.parse(r.stdout) as { phaseMs: Record<string, number>; counts: { totalNodes: number; totalEdges: number } };
  rmSync(out, { force: true });
  return { articles, mb, wallSeconds, ...usage, phaseMs: report.phaseMs, nodes: report.counts.totalNodes, edges: report.counts.totalEdges };
}

const row = (r: Run, label: string) =>
  `${label.padEnd(22)} ${String(r.articles).padStart(6)} ${r.mb.toFixed(1).padStart(6)} MB ${r.cpuSeconds.toFixed(1).padStart(7)} CPU-s ${((1000 * r.cpuSeconds) / r.articles).toFixed(1).padStart(6)} ms/article ` +
  `${r.wallSeconds.toFixed(1).padStart(6)} s wall ${r.maxRssMb.toFixed(0).padStart(5)} MB peak | ` +
  `phases (s): ${Object.entries(r.phaseMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(", ")} | ${r.nodes} nodes, ${r.edges} edges`;

export async function run(): Promise<void> {
  const { source } = newsTexts();
  console.log(`text: ${source}, repeated under distinct ids; CPU counts every thread of the build process`);
  // Makes sure the built command is current, so that no run pays for bundling.
  spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
  const dir = mkdtempSync(join(tmpdir(), "ng-bench-build-"));
  try {
    const first = corpus(dir, sizes[0]!);
    const one = build(dir, first.file, first.mb, sizes[0]!, 1);
    const two = build(dir, first.file, first.mb, sizes[0]!, 2);
    console.log(row(one, "1 thread"));
    console.log(row(two, "2 worker threads"));
    console.log(`--workers 2 against 1: ${(one.wallSeconds / two.wallSeconds).toFixed(2)}× faster (wall; target ≥ 1.7× on an idle 2-core machine), ${(two.cpuSeconds / one.cpuSeconds).toFixed(2)}× the CPU`);
    const runs: Run[] = [];
    for (const n of sizes) {
      const c = n === sizes[0] ? first : corpus(dir, n);
      const r = n === sizes[0] && workers === 2 ? two : build(dir, c.file, c.mb, n, workers);
      runs.push(r);
      console.log(row(r, `${workers} worker threads`));
    }
    const base = runs[0]!;
    console.log(`per-article CPU relative to ${base.articles} articles: ${runs.map((r) => `${r.articles}: ${((r.cpuSeconds / r.articles) / (base.cpuSeconds / base.articles)).toFixed(2)}×`).join(", ")} (flat = linear)`);
    const last = runs.at(-1)!;
    if (last.articles >= 10_000) console.log(`${last.articles} articles in ${last.wallSeconds.toFixed(1)} s wall (target < 60 s on 2 idle cores), ${last.cpuSeconds.toFixed(1)} CPU-s, peak ${last.maxRssMb.toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
