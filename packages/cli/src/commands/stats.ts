// newsgraph stats <graph.json>: counts by type, the most connected actors, the articles.
import { Option, type Command } from "commander";
import { openGraphFile } from "../graph-file";
import { formatStats, graphStats } from "../stats/graph-stats";
import { parseCount } from "../options";

export function register(program: Command): void {
  program
    .command("stats")
    .summary("counts by node and edge type, top actors, articles of a graph file")
    .description("Prints what a graph file holds: node and edge counts by type, the actors with the most links, and the articles.")
    .argument("<graph>", "a graph file written by build, e.g. graph.json")
    .addOption(new Option("--top <n>", "how many actors to list (e.g. --top 25)").argParser(parseCount).default(10))
    .option("--json", "print the figures as JSON (e.g. stats graph.json --json | jq .counts)")
    .addHelpText("after", "\nExamples:\n  $ newsgraph stats graph.json\n  $ newsgraph stats graph.json --top 3 --json")
    .action((file: string, flags: { top: number; json?: boolean }) => {
      const stats = graphStats(openGraphFile(file), flags.top);
      process.stdout.write(flags.json ? `${JSON.stringify({ graph: file, ...stats }, null, 2)}\n` : `${formatStats(file, stats)}\n`);
    });
}
