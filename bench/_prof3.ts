import { readFileSync, readdirSync } from "node:fs";
import { createPipeline } from "../packages/extractor/src/pipeline/pipeline";
import { STAGES } from "../packages/extractor/src/stages";
import { emitArticle } from "../packages/extractor/src/stages/article/plugin";
const dir = "/work/main/corpus/seeds";
const seeds = readdirSync(dir).map((f) => ({ id: f, text: readFileSync(`${dir}/${f}`, "utf8"), origin: f }));
const p = createPipeline(STAGES.slice(0, 4), emitArticle);
for (let i = 0; i < 60; i++) for (const s of seeds) p.extract({ ...s, text: s.text + " ".repeat(i % 2) });
