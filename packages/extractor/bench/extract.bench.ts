// Extraction throughput (KB of text per second) and peak memory: one core on the sample corpus repeated to
// 5 MB (and at 1 and 2.5 MB, to show it is linear), one long article (linear within an article), and the
// same 5 MB as many articles on every core with piscina worker threads.
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { extractArticle, pipeline } from "@newsgraph/extractor";
import { isExcluded } from "../src/stages/clean/types";
import { createPipeline } from "../src/pipeline/pipeline";
import { STAGES } from "../src/stages";
import { emitArticle } from "../src/stages/article/plugin";
import type { DeltaBuilder } from "@newsgraph/graph-model";
import type { Document } from "../src/document/types";
import type { Stage } from "../src/pipeline/stage";

const here = dirname(fileURLToPath(import.meta.url));
const seedsDir = join(here, "..", "..", "..", "corpus", "seeds");

function seeds(): { id: string; text: string }[] {
  return readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ id: f, text: readFileSync(join(seedsDir, f), "utf8") }));
}

/** The seeds repeated (as distinct article ids) until the texts reach `bytes`. */
function corpusOf(bytes: number): { id: string; text: string }[] {
  const base = seeds();
  const out: { id: string; text: string }[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const seed = base[i % base.length]!;
    out.push({ id: `${i}_${seed.id}`, text: seed.text });
    size += Buffer.byteLength(seed.text);
  }
  return out;
}

const kb = (articles: readonly { text: string }[]) => articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1024;

function timeOneCore(articles: readonly { id: string; text: string }[]): { seconds: number; peakMb: number } {
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  for (const [i, a] of articles.entries()) {
    extractArticle({ ...a, origin: a.id });
    if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { seconds: (performance.now() - started) / 1000, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
}

/** Milliseconds each stage spends on one article (run and emit, the best of three extractions). */
function stageTimes(article: { id: string; text: string }): Record<string, number> {
  const best: Record<string, number> = {};
  for (let round = 0; round < 3; round++) {
    const spent: Record<string, number> = {};
    const timed = <T>(name: string, work: () => T): T => {
      const started = performance.now();
      const result = work();
      spent[name] = (spent[name] ?? 0) + performance.now() - started;
      return result;
    };
    const stages = STAGES.map((s) => ({ ...s, run: (doc: Document) => timed(s.name, () => s.run(doc)), emit: s.emit && ((doc: Document, delta: DeltaBuilder) => timed(s.name, () => s.emit!(doc, delta))) }));
    createPipeline(stages as Stage[], emitArticle).extract({ ...article, origin: article.id });
    for (const [name, ms] of Object.entries(spent)) best[name] = Math.min(best[name] ?? Infinity, ms);
  }
  return best;
}

export async function run(): Promise<void> {
  timeOneCore(seeds()); // warm up lexicons and JIT
  for (const mb of [1, 2.5, 5]) {
    const articles = corpusOf(mb * 2 ** 20);
    const { seconds, peakMb } = timeOneCore(articles);
    console.log(`extract, 1 core, ${articles.length} articles, ${(kb(articles) / 1024).toFixed(2)} MB: ${(kb(articles) / seconds).toFixed(0)} KB/s (${seconds.toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB)`);
  }
  // One long article made of the seeds' body paragraphs (their footers would make the rest boilerplate).
  const body = seeds()
    .map((s) => {
      const doc = pipeline.annotate({ ...s, origin: s.id });
      return doc.paragraphs.filter((p) => !isExcluded(doc.get("clean"), p.start, p.end)).map((p) => s.text.slice(p.start, p.end)).join("\n\n");
    })
    .join("\n\n");
  const longText = (kbSize: number) => {
    let text = body;
    while (text.length < kbSize * 1024) text += `\n\n${body}`;
    return text;
  };
  for (const kbSize of [100, 400]) {
    const text = longText(kbSize);
    const { seconds } = timeOneCore([{ id: "long.txt", text }]);
    console.log(`extract, 1 core, one article of ${(text.length / 1024).toFixed(0)} KB: ${(text.length / 1024 / seconds).toFixed(0)} KB/s (${seconds.toFixed(2)} s)`);
  }
  // NEWSGRAPH_BENCH_STAGES=1: where the time of one long article goes, stage by stage (to see which one is not linear).
  if (process.env.NEWSGRAPH_BENCH_STAGES) {
    for (const kbSize of [100, 400, 1600]) {
      const text = longText(kbSize);
      const times = stageTimes({ id: "long.txt", text });
      console.log(`extract, one article of ${(text.length / 1024).toFixed(0)} KB, ms per stage (run + emit): ${Object.entries(times).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(", ")}`);
    }
  }
  // The who-said-what stages alone (clean, actors, coref, statements), without agreements and events.
  const whoSaidWhat = createPipeline(STAGES.filter((s) => ["clean", "actors", "coref", "statements"].includes(s.name)), emitArticle);
  {
    const articles = corpusOf(5 * 2 ** 20);
    const started = performance.now();
    for (const a of articles) whoSaidWhat.extract({ ...a, origin: a.id });
    const seconds = (performance.now() - started) / 1000;
    console.log(`clean+actors+coref+statements only, 1 core, ${articles.length} articles, ${(kb(articles) / 1024).toFixed(2)} MB: ${(kb(articles) / seconds).toFixed(0)} KB/s (${seconds.toFixed(2)} s)`);
  }
  const threads = availableParallelism();
  const pool = new Piscina({ filename: pathToFileURL(join(here, "extract.worker.ts")).href, execArgv: ["--import", "tsx"], minThreads: threads, maxThreads: threads });
  const articles = corpusOf(5 * 2 ** 20);
  await Promise.all(seeds().map((s) => pool.run(s))); // warm up every worker
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  await Promise.all(articles.map((a) => pool.run(a)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  await pool.destroy();
  console.log(`extract, ${threads} worker threads (piscina), ${articles.length} articles, ${(kb(articles) / 1024).toFixed(2)} MB: ${(kb(articles) / seconds).toFixed(0)} KB/s (${seconds.toFixed(2)} s, peak RSS of the main process ${(peak / 2 ** 20).toFixed(0)} MB)`);
}
