import { annotate } from "../packages/extractor/src/testing/annotate";
const text = process.argv[2]!.replace(/\\n/g, "\n");
const doc = annotate(text);
console.log(doc.get("clean").spans, doc.sentences.map((s) => text.slice(s.start, s.end)));
console.log(doc.get("actors").mentions.map((m) => `${text.slice(m.start, m.end)}→${m.actor}/${m.via}`));
