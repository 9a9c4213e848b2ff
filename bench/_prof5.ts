import { readFileSync, readdirSync } from "node:fs";
import { segment } from "../packages/extractor/src/document/segment";
const dir = "/work/main/corpus/seeds";
const seeds = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, "utf8"));
const paras = seeds.flatMap((t) => segment(t).paragraphs.map((p) => t.slice(p.start, p.end)));
const rules = [/\b(is|are) an? [^.]{0,60}\b(news|media)\b[^.]{0,40}\b(website|site|platform|portal)\b/i, /^donate\b|\bdonate to\b|\bplease support us\b|\bsupport (us|our journalism)\b/i, /@\s?\d{4}\s*$/, /^\((?=[^)]*\b(?:AFP|AP|Reuters|with)\b)[^)]*\)$/i, /email address will not be published|required fields are marked/i];
for (const r of rules) { const t = performance.now(); for (let i = 0; i < 200; i++) for (const p of paras) r.test(p); console.log(r.source.slice(0, 30), ((performance.now() - t) / 1000).toFixed(3)); }
const t = performance.now(); for (let i = 0; i < 200; i++) for (const p of paras) (p.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []); console.log("words", ((performance.now() - t) / 1000).toFixed(3));
