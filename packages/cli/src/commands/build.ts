// newsgraph build <inputs...>: articles in, graph file and run report out.
import { Option, type Command } from "commander";
import type { BuildFlags } from "../build/run-build";
import { parseCount, parsePositiveNumber } from "../options";

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
    // Loaded on use: the extractor takes a second or two to load, which other commands need not pay.
    .action(async (inputs: string[], flags: BuildFlags) => (await import("../build/run-build")).runBuild(inputs, flags));
}

