import { readFileSync, readdirSync } from "node:fs";
import { extractArticle } from "./src/extract";
const dir = "/work/main/corpus/seeds";
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(`${dir}/${f}`, "utf8");
  const delta = extractArticle({ id: f, text, origin: f });
  for (const n of delta.nodes.filter((n) => n.attributes.type === "Agreement")) {
    const a = n.attributes as any;
    console.log(f.slice(0, 3), n.id, a.agreementType, a.status, JSON.stringify(a.statusHistory));
    for (const p of a.provenance) console.log("     ", text.slice(p.start, p.end).slice(0, 120));
    for (const e of delta.edges.filter((e) => e.target === n.id && e.attributes.type === "PARTY_TO")) console.log("     PARTY", e.source, (e.attributes as any).role);
  }
}
