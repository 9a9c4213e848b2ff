import { readFileSync, readdirSync } from "node:fs";
import { pipeline } from "@newsgraph/extractor";
const dir = "/work/main/corpus/seeds";
const seeds = readdirSync(dir).map((f) => ({ id: f, text: readFileSync(`${dir}/${f}`, "utf8"), origin: f }));
for (let i = 0; i < 30; i++) for (const s of seeds) pipeline.extract(s);
