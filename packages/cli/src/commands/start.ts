// newsgraph start [inputs...]: build the sample corpus (or any articles) into a graph, then serve it.
// What `pnpm start` runs on a fresh clone.
import type { Command } from "commander";
import { saveGraph, writeFileAtomic } from "@newsgraph/graph-model/node";
import { reportPathFor, summaryLine } from "../build/report";
import { CliError } from "../errors";
import { serveOptions, serveStore, untilInterrupted, type ServeFlags } from "./serve";

export function register(program: Command): void {
  serveOptions(
    program
      .command("start")
      .summary("build a graph from articles and open it in the viewer (pnpm start: the sample corpus)")
      .argument("[inputs...]", "article files and folders", ["corpus/seeds"])
      .option("-o, --out <file>", "where to write the graph", "out/graph.json"),
  )
    .addHelpText("after", "\nExamples:\n  $ newsgraph start                 # corpus/seeds → out/graph.json, then serve\n  $ newsgraph start news/ --port 9000")
    .action(async (inputs: string[], flags: ServeFlags & { out: string }) => {
      // Loaded on use, as in build: the extractor takes over half a second to load, which other commands need not pay.
      const { buildGraph } = await import("../build/build-graph");
      const { store, report } = await buildGraph({ inputs, out: flags.out });
      if (report.articles.length === 0) throw new CliError(`no article could be read from ${inputs.join(", ")}`);
      saveGraph(store, flags.out);
      report.written = true;
      writeFileAtomic(reportPathFor(flags.out), `${JSON.stringify(report, null, 2)}\n`);
      process.stdout.write(`${summaryLine(report, reportPathFor(flags.out))}\n`);
      const server = await serveStore(store, flags);
      process.stdout.write(`newsgraph viewer: ${server.url}  (Ctrl-C to stop)\n`);
      await untilInterrupted(server);
    });
}
