import { readFileSync, readdirSync } from "node:fs";
import { segment } from "./src/document/segment";
import { findTriggers } from "./src/stages/events/detect";
const dir = "/work/main/corpus/seeds";
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(`${dir}/${f}`, "utf8");
  const gold = JSON.parse(readFileSync(`/work/shared/eval/gold/${f.replace(".txt", ".json")}`, "utf8"));
  const skip = gold.boilerplate.map((b: string) => { const i = text.indexOf(b); return { start: i, end: i + b.length }; }).filter((s: any) => s.start >= 0);
  const { sentences } = segment(text);
  const trig = findTriggers(text, sentences, skip);
  console.log("=====", f);
  for (const s of sentences) {
    const ts = trig.filter((t) => t.sentence === s.index);
    const st = text.slice(s.start, s.end);
    const gs = gold.events.filter((g: any) => { const lo = text.indexOf(g.evidence); return lo >= 0 && lo < s.end && lo + g.evidence.length > s.start; });
    if (!ts.length && !gs.length) continue;
    console.log(`[${s.index}] ${st.slice(0, 150)}`);
    for (const t of ts) console.log(`    SYS ${t.eventType} "${t.text}"${t.headline ? " H" : ""}${t.backReference ? " BACK" : ""}`);
    for (const g of gs) console.log(`    GOLD ${g.type}`);
  }
}
