// Dev-only: which events matched the gold, which did not.
import { readFileSync, readdirSync } from "node:fs";
import { extractArticle } from "./src/extract";
const dir = "/work/main/corpus/seeds";
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(`${dir}/${f}`, "utf8");
  const gold = JSON.parse(readFileSync(`/work/shared/eval/gold/${f.replace(".txt", ".json")}`, "utf8"));
  const delta = extractArticle({ id: f, text, origin: f });
  const events = delta.nodes.filter((n) => n.attributes.type === "Event").map((n) => n.attributes as any);
  const used = new Set<number>(), usedG = new Set<number>();
  const hit = (e: any, g: any) => { const lo = text.indexOf(g.evidence), hi = lo + g.evidence.length; return e.eventType === g.type && e.provenance.some((p: any) => p.start < hi && p.end > lo); };
  console.log("=====", f);
  events.forEach((e, i) => gold.events.forEach((g: any, j: number) => { if (!used.has(i) && !usedG.has(j) && hit(e, g)) { used.add(i); usedG.add(j); } }));
  gold.events.forEach((g: any, j: number) => { if (!usedG.has(j)) console.log(`  FN ${g.type}: ${g.evidence.slice(0, 110)}`); });
  if (process.argv.includes("--groups")) events.forEach((e, k) => { console.log(`  ${used.has(k) ? "TP" : "FP"} ${e.eventType} ${e.label}`); for (const p of e.provenance) console.log(`        | ${text.slice(p.start, p.end).slice(0, 120)}`); });
  events.forEach((e, k) => { if (!used.has(k)) console.log(`  FP ${e.eventType} "${e.trigger}" x${e.provenance.length}: ${text.slice(e.provenance[0].start, e.provenance[0].end).slice(0, 110)}`); });
}
