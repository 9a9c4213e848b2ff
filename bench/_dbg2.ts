import { annotate, saidBy } from "../packages/extractor/src/testing/annotate";
const doc = annotate(process.argv[2]!.replace(/\\n/g, "\n"));
console.log(saidBy(doc));
console.log(doc.get("actors").actors.map((a) => `${a.name} (${a.actorType}) roles=${a.roles.join("|")}`));
