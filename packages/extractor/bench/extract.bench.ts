// `pnpm bench extract`: extraction CPU per MB of real news text, beside a wink-nlp pass (readDoc with sentence
// boundaries, part-of-speech tags and entities) over the same text in the same process, and where the CPU goes:
// the pipeline's share of each stage, segmentation, delta building and the compact form results travel in.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { DeltaBuilder } from "@newsgraph/graph-model";
import { bytesOf, cpuSeconds, newsTexts } from "../../../bench/news-texts";
import { extractSplit } from "../src/parallel/outcome";
import { createPipeline } from "../src/pipeline/pipeline";
import { STAGES } from "../src/stages";
import { emitArticle } from "../src/stages/article/plugin";
import { segment } from "../src/document/segment";
import { splitDelta } from "../src/resolve/cross-article";
import type { Document } from "../src/document/types";
import type { Stage } from "../src/pipeline/stage";

/** At most this much text per measurement, so the bench stays a few minutes on a shared machine. */
const MAX_BYTES = 2 * 2 ** 20;

function winkPass(texts: readonly { text: string }[]): number {
  const nlp = winkNLP(model, ["sbd", "pos", "ner"]);
  let seen = 0;
  for (const { text } of texts) {
    const doc = nlp.readDoc(text);
    seen += doc.tokens().out(nlp.its.pos).length + doc.entities().out().length;
  }
  return seen;
}

/** CPU seconds of each part of the pipeline over the texts. */
function profile(texts: readonly { id: string; text: string }[]): Record<string, number> {
  const spent: Record<string, number> = {};
  const timed = <T>(name: string, work: () => T): T => {
    const [value, seconds] = cpuSeconds(work);
    spent[name] = (spent[name] ?? 0) + seconds;
    return value;
  };
  const stages = STAGES.map((s) => ({
    ...s,
    run: (doc: Document) => timed(`stage ${s.name}`, () => s.run(doc)),
    emit: s.emit && ((doc: Document, delta: DeltaBuilder) => timed(`stage ${s.name}`, () => s.emit!(doc, delta))),
  }));
  const pipeline = createPipeline(stages as Stage[], (doc, delta) => timed("article node", () => emitArticle(doc, delta)));
  for (const t of texts) {
    // segment() runs again inside annotate: measured apart here, and subtracted below.
    timed("segmentation", () => segment(t.text));
    const [delta, total] = cpuSeconds(() => pipeline.extract({ ...t, origin: t.id }));
    spent.total = (spent.total ?? 0) + total;
    timed("split + JSON for the trip between threads", () => {
      const { rest, actors } = splitDelta(delta);
      return JSON.stringify(rest).length + JSON.stringify(actors).length;
    });
  }
  const named = Object.entries(spent).filter(([k]) => k.startsWith("stage") || k === "article node" || k === "segmentation").reduce((n, [, v]) => n + v, 0);
  spent["delta building and the rest"] = Math.max(0, spent.total! + spent.segmentation! - named);
  spent.total! += spent["split + JSON for the trip between threads"]!;
  return spent;
}

export async function run(): Promise<void> {
  const { texts: all, source } = newsTexts();
  const texts: typeof all = [];
  for (const t of all) if (bytesOf(texts) < MAX_BYTES) texts.push(t);
  const mb = bytesOf(texts) / 2 ** 20;
  console.log(`text: ${source}; measured on ${texts.length} of them, ${mb.toFixed(2)} MB`);
  // Warm both up (lexicons, models, JIT) before measuring.
  for (const t of texts.slice(0, 5)) extractSplit({ ...t, origin: t.id });
  winkPass(texts.slice(0, 5));

  const [, ours] = cpuSeconds(() => texts.map((t) => extractSplit({ ...t, origin: t.id })));
  const [, wink] = cpuSeconds(() => winkPass(texts));
  console.log(`extraction (as a worker does it, compact result included): ${(ours / mb).toFixed(2)} CPU-s per MB = ${(mb / ours).toFixed(2)} MB/s per core`);
  console.log(`wink-nlp readDoc + POS + entities, same text:              ${(wink / mb).toFixed(2)} CPU-s per MB = ${(mb / wink).toFixed(2)} MB/s per core`);
  console.log(`ratio newsgraph / wink-nlp: ${(ours / wink).toFixed(2)}× (target ≤ 2×; throughput target ≥ 1 MB/s per core)`);

  const spent = profile(texts);
  const total = spent.total!;
  console.log(`\nwhere extraction CPU goes (${total.toFixed(2)} CPU-s over ${mb.toFixed(2)} MB):`);
  const rows = Object.entries(spent).filter(([k]) => k !== "total").sort(([, a], [, b]) => b - a);
  for (const [name, seconds] of rows) console.log(`  ${name.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s  ${((100 * seconds) / total).toFixed(1).padStart(5)} %`);
}
