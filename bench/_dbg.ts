import { readFileSync } from "node:fs";
import { pipeline } from "@newsgraph/extractor";
const [file, grep] = process.argv.slice(2);
const text = readFileSync(`/work/main/corpus/seeds/${file}`, "utf8");
const doc = pipeline.annotate({ id: file!, text, origin: file! });
const { actors, mentions } = doc.get("actors");
for (const a of actors) if (!grep || JSON.stringify(a).includes(grep)) console.log(JSON.stringify(a), mentions.filter((m) => m.actor === a.key).map((m) => text.slice(m.start, m.end)).join(" | "));
