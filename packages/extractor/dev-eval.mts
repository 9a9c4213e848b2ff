// Dev-only: build a graph from the seeds and score it (helper A writes bench/eval.ts for good).
import { readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { MemoryStore } from "@newsgraph/graph-model";
import { saveGraph } from "@newsgraph/graph-model/node";
import { extractArticle } from "./src/extract";
const dir = "/work/main/corpus/seeds";
const store = new MemoryStore();
for (const f of readdirSync(dir).sort()) store.applySync(extractArticle({ id: f, text: readFileSync(`${dir}/${f}`, "utf8"), origin: f }), { validate: false });
saveGraph(store, "/tmp/evdev/g.json");
console.log(execFileSync("node", ["/work/shared/eval/score.mjs", "--graph", "/tmp/evdev/g.json", "--gold", "/work/shared/eval/gold", "--texts", dir, ...process.argv.slice(2)], { encoding: "utf8" }));
