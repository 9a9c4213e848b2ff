// `pnpm eval`: extraction quality, scored by the shared scorer (`../shared/eval/score.mjs`).
//   - the sample corpus (corpus/seeds against ../shared/eval/gold), always;
//   - the PolNeAR dev set, side by side, when it has been built (env POLNEAR_DEV, else /tmp/polnear-dev; build
//     it with `python3 ../shared/eval/polnear/build.py --compartment dev --out /tmp/polnear-dev`);
//   - any other built set with `--set NAME=DIR` (a folder holding texts/ and gold/, e.g. PolNeAR train).
// Each set is built by `newsgraph build` (the built command line) into a temporary graph.
// `--details` also prints the scorer's per-article misses. Exits non-zero, with one line, when the scorer or
// the sample gold is missing: an unscored run is not a success.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(root, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");
const newsgraphBin = join(root, "packages", "cli", "bin", "newsgraph.js");

interface EvalSet {
  name: string;
  texts: string;
  gold: string;
}

interface Metric {
  p: number;
  r: number;
  f1: number;
  tp: number;
  sys: number;
  gold: number;
}

interface Summary {
  statements: Metric;
  statementSpans: Metric;
  attribution: number;
  actors: Metric;
  agreements: Metric;
  events: Metric;
  crossArticleResolution: number;
  provenanceAccuracy: number;
  perArticle: { article: string; missedStatements: string[] }[];
}

/** Builds a folder through the command line itself, so that the scores are those of what users run. */
function buildGraph(set: EvalSet): string {
  const out = join(mkdtempSync(join(tmpdir(), "newsgraph-eval-")), "graph.json");
  execFileSync(process.execPath, [newsgraphBin, "build", set.texts, "--out", out], { stdio: ["ignore", "ignore", "inherit"] });
  return out;
}

async function score(set: EvalSet): Promise<Summary> {
  const graph = buildGraph(set);
  console.error(`${set.name}: graph ${graph}`);
  const json = execFileSync(process.execPath, [scorer, "--graph", graph, "--gold", set.gold, "--texts", set.texts, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 });
  return JSON.parse(json) as Summary;
}

function table(names: readonly string[], summaries: readonly Summary[]): string {
  const f = (x: number) => x.toFixed(2);
  const prf = (m: Metric) => `P ${f(m.p)} R ${f(m.r)} F1 ${f(m.f1)} (${m.tp}/${m.sys}/${m.gold})`.padEnd(36);
  const rows: [string, (s: Summary) => string][] = [
    ["statements+speaker", (s) => prf(s.statements)],
    ["statement spans", (s) => prf(s.statementSpans)],
    ["attribution accuracy", (s) => f(s.attribution).padEnd(36)],
    ["actors", (s) => prf(s.actors)],
    ["agreements", (s) => prf(s.agreements)],
    ["events (typed)", (s) => prf(s.events)],
    ["cross-article actors", (s) => f(s.crossArticleResolution).padEnd(36)],
    ["provenance accuracy", (s) => f(s.provenanceAccuracy).padEnd(36)],
  ];
  const head = `${"".padEnd(22)}${names.map((n) => n.padEnd(36)).join("")}`;
  return [head, ...rows.map(([label, cell]) => `${label.padEnd(22)}${summaries.map(cell).join("")}`), "(matched/found/gold)"].join("\n");
}

function sets(argv: readonly string[]): EvalSet[] {
  const out: EvalSet[] = [{ name: "sample corpus", texts: join(root, "corpus", "seeds"), gold: join(shared, "eval", "gold") }];
  const dev = process.env.POLNEAR_DEV ?? "/tmp/polnear-dev";
  if (existsSync(join(dev, "gold")) && existsSync(join(dev, "texts"))) out.push({ name: "PolNeAR dev", texts: join(dev, "texts"), gold: join(dev, "gold") });
  else console.error(`PolNeAR dev not built (looked in ${dev}; set POLNEAR_DEV or run python3 ../shared/eval/polnear/build.py --compartment dev --out /tmp/polnear-dev)`);
  argv.forEach((a, i) => {
    if (a !== "--set") return;
    const [name, dir] = (argv[i + 1] ?? "").split("=");
    if (!name || !dir) throw new Error("--set needs NAME=DIR");
    out.push({ name, texts: join(dir, "texts"), gold: join(dir, "gold") });
  });
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (!existsSync(scorer)) {
    console.error(`eval: cannot score: the shared scorer ${scorer} is absent`);
    process.exit(2);
  }
  const chosen = sets(argv);
  const missing = chosen.find((s) => !existsSync(s.gold) || !existsSync(s.texts));
  if (missing) {
    console.error(`eval: cannot score ${missing.name}: ${existsSync(missing.texts) ? missing.gold : missing.texts} is absent`);
    process.exit(2);
  }
  const summaries: Summary[] = [];
  for (const s of chosen) summaries.push(await score(s));
  console.log(table(chosen.map((s) => s.name), summaries));
  if (argv.includes("--details")) {
    summaries.forEach((s, i) => {
      for (const a of s.perArticle) if (a.missedStatements.length) console.log(`\n[${chosen[i]!.name}] missed in ${a.article}:\n${a.missedStatements.map((m) => `  - ${m}`).join("\n")}`);
    });
  }
}

await main();
