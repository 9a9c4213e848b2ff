import { readFileSync, readdirSync } from "node:fs";
import { pipeline } from "@newsgraph/extractor";
const dir = "/work/main/corpus/seeds";
const seeds = readdirSync(dir).map((f) => ({ id: f, text: readFileSync(`${dir}/${f}`, "utf8"), origin: f }));
for (const s of seeds) pipeline.extract(s);
const times = new Map<string, number>();
const t0 = performance.now();
for (let i = 0; i < 40; i++) for (const s of seeds) {
  // time stages individually
  const doc = pipeline.annotate(s);
  void doc;
}
console.log("annotate x200:", (performance.now() - t0).toFixed(0), "ms");
// per stage
import { STAGES } from "../packages/extractor/src/stages";
import { segment } from "../packages/extractor/src/document/segment";
for (const s of seeds) {
  const ann = new Map<string, unknown>();
  const { paragraphs, sentences } = segment(s.text);
  const doc = { article: s, text: s.text, paragraphs, sentences, get: (n: string) => ann.get(n) } as never;
  for (const st of STAGES) { const t = performance.now(); for (let i = 0; i < 20; i++) ann.set(st.name, (st as any).run(doc)); times.set(st.name, (times.get(st.name) ?? 0) + performance.now() - t); }
}
console.log([...times].map(([k, v]) => `${k}: ${(v / 100).toFixed(2)} ms/article`).join("\n"));
