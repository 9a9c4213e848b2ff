// newsgraph build <inputs...>: articles in, graph file and run report out.
import { existsSync } from "node:fs";
import { Option, type Command } from "commander";
import { saveGraph, writeFileAtomic } from "@newsgraph/graph-model/node";
import { buildGraph } from "../build/build-graph";
import { createProgress } from "../build/progress";
import { nothingReadMessage, reportPathFor, summaryLine } from "../build/report";
import { CliError } from "../errors";
import { parseCount, parsePositiveNumber } from "../options";

interface BuildFlags {
  out?: string;
  into?: string;
  workers: number;
  maxSize: number;
  json?: boolean;
}

const MAX_SKIPPED_LINES = 10;

export function register(program: Command): void {
  program
    .command("build")
    .summary("build a graph file from articles (.txt, .md, .jsonl files or folders)")
    .description(
      "Reads articles from files and folders (.txt; .md with front matter; .jsonl with one article per line; folders " +
        "recursively), extracts actors, statements, agreements and events, and writes the graph and a run report " +
        "(<graph>.report.json: what was read, what was skipped and why, counts). Bad input never stops the run: " +
        "the command fails only when no article could be read.",
    )
    .argument("<inputs...>", "article files and folders, e.g. corpus/seeds or a.txt b.md feed.jsonl")
    .option("-o, --out <file>", "where to write the graph (e.g. --out out/graph.json); default: graph.json, or the --into file")
    .option("--into <graph>", "add the articles to this existing graph (e.g. --into graph.json): unchanged articles are skipped, changed ones replaced")
    .addOption(new Option("-w, --workers <n>", "extract in n worker threads (e.g. --workers 4); 0 or 1: in the main thread").argParser(parseCount).default(0))
    .addOption(new Option("--max-size <mb>", "skip files (and jsonl lines) larger than this many megabytes (e.g. --max-size 5)").argParser(parsePositiveNumber).default(20))
    .option("--json", "print the run report as JSON on stdout (e.g. build corpus --json | jq .counts)")
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  $ newsgraph build corpus/seeds                      # writes graph.json and graph.report.json\n" +
        "  $ newsgraph build news/ --out out/news.json --workers 2\n" +
        "  $ newsgraph build --into graph.json today/          # add new articles; unchanged ones are skipped\n" +
        "  $ newsgraph build feed.jsonl --max-size 2 --json",
    )
    .action(async (inputs: string[], flags: BuildFlags) => runBuild(inputs, flags));
}

async function runBuild(inputs: string[], flags: BuildFlags): Promise<void> {
  if (flags.into && !existsSync(flags.into)) {
    throw new CliError(`${flags.into}: no such graph file (build --into adds to an existing graph; use --out to start a new one)`);
  }
  const out = flags.out ?? flags.into ?? "graph.json";
  const reportPath = reportPathFor(out);
  const progress = createProgress();
  let result;
  try {
    result = await buildGraph({
      inputs,
      out,
      ...(flags.into ? { into: flags.into } : {}),
      workers: flags.workers,
      maxBytes: Math.round(flags.maxSize * 1024 * 1024),
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.stop();
  }
  const { store, report, changed } = result;
  if (report.articles.length === 0) {
    writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    throw new CliError(nothingReadMessage(report, reportPath));
  }
  if (changed || out !== flags.into) {
    saveGraph(store, out);
    report.written = true;
  }
  writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  const lines = [summaryLine(report, reportPath)];
  for (const s of report.skipped.slice(0, MAX_SKIPPED_LINES)) lines.push(`  skipped ${s.path}: ${s.reason}`);
  if (report.skipped.length > MAX_SKIPPED_LINES) lines.push(`  ... and ${report.skipped.length - MAX_SKIPPED_LINES} more in ${reportPath}`);
  for (const w of report.warnings.slice(0, MAX_SKIPPED_LINES)) lines.push(`  warning ${w.origin}: ${w.message}`);
  process.stderr.write(`${lines.join("\n")}\n`);
}
