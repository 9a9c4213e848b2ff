// `pnpm eval`: builds the sample corpus in-process (extractArticle → resolveActors → MemoryStore),
// writes the graph to a temporary file and prints the shared scorer's table for it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MemoryStore, stringifyGraph } from "@newsgraph/graph-model";
import { writeFileAtomic } from "@newsgraph/graph-model/node";
import { extractArticle, resolveActors } from "@newsgraph/extractor";

const root = resolve(import.meta.dirname, "..");
const seeds = join(root, "corpus", "seeds");
const shared = resolve(root, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");
const gold = join(shared, "eval", "gold");

export function buildCorpus(dir: string): MemoryStore {
  const store = new MemoryStore();
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const deltas = files.map((file) => extractArticle({ id: file, text: readFileSync(join(dir, file), "utf8"), origin: join(dir, file) }));
  for (const delta of resolveActors(deltas)) store.applySync(delta);
  return store;
}

async function main(): Promise<void> {
  const store = buildCorpus(seeds);
  const out = join(mkdtempSync(join(tmpdir(), "newsgraph-eval-")), "graph.json");
  await writeFileAtomic(out, stringifyGraph(store.exportSync()));
  const counts = store.countsSync();
  console.log(`graph: ${out} (${JSON.stringify(counts)})`);
  if (!existsSync(scorer) || !existsSync(gold)) {
    console.log(`../shared/eval is absent (looked for ${scorer}): the graph was built but cannot be scored here.`);
    return;
  }
  const args = [scorer, "--graph", out, "--gold", gold, "--texts", seeds, ...process.argv.slice(2)];
  console.log(execFileSync(process.execPath, args, { encoding: "utf8" }));
}

await main();
