// newsgraph push <graph.json>: write a graph file, or a selection of it, to Neo4j. Each batch is one
// transaction that MERGEs on id and key, so pushing again (or pushing overlapping selections) merges.
import { Option, type Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { loadGraph } from "@newsgraph/graph-model/node";
import { parseCount } from "../options";
import { addConnectionOptions, asCliError, batchSizeOption, connectNeo4j, type ConnectionFlags } from "./neo4j";
import { isWholeGraph, selectSubgraph } from "./push-selection";

interface PushFlags extends ConnectionFlags {
  ego?: string;
  hops: number;
  type?: string[];
  article?: string[];
  since?: string;
  until?: string;
  dryRun?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function register(program: Command): void {
  addConnectionOptions(
    program
      .command("push")
      .summary("write a graph file, or a selection of it (ego network, types, articles, dates), to Neo4j")
      .description(
        "Writes the graph, or the nodes that pass every filter given and the relationships among them, to Neo4j.\n" +
          "Batches of --batch-size rows, one transaction each; MERGE on node id and relationship key, so a second push merges.",
      )
      .argument("<graph>", "a graph file written by build, e.g. graph.json")
      .option("--ego <name-or-id>", "only the nodes within --hops links of this node, e.g. --ego \"Volodymyr Zelensky\"")
      .addOption(new Option("--hops <k>", "how far --ego reaches").argParser(parseCount).default(1))
      .option("--type <types...>", "only these node types or event types, e.g. --type Actor Statement attack")
      .option("--article <ids...>", "only what these articles mention, e.g. --article 000_86ea664bd2d81578.txt")
      .option("--since <date>", "only statements, events and articles from this date on (YYYY-MM-DD), with their actors and places")
      .option("--until <date>", "only statements, events and articles up to this date (YYYY-MM-DD)")
      .addOption(batchSizeOption())
      .option("--dry-run", "print what would be written (batches, transactions) without connecting")
      .addHelpText("after", "\nExamples:\n  $ NEO4J_URI=neo4j://localhost:7687 NEO4J_PASSWORD=secret newsgraph push graph.json\n  $ newsgraph push graph.json --ego \"Recep Tayyip Erdogan\" --hops 2 --since 2025-06-01"),
  ).action(async (file: string, flags: PushFlags) => {
    const store = loadGraph(file);
    const selection = { ego: flags.ego, hops: flags.hops, types: flags.type, articles: flags.article, since: flags.since, until: flags.until };
    const graph = selectSubgraph(store, selection);
    const what = `${isWholeGraph(selection) ? "" : "selection: "}${plural(graph.nodes.length, "node")} and ${plural(graph.edges.length, "relationship")}`;
    if (flags.dryRun) {
      const { planBatches } = await import("@newsgraph/graph-model/neo4j");
      const batches = planBatches(graph.nodes, graph.edges, flags.batchSize);
      process.stdout.write(`would push ${what} in ${plural(batches.length, "transaction")} (one statement each)\n`);
      for (const b of batches) process.stdout.write(`  ${b.kind.padEnd(5)} ${b.target.padEnd(36)} ${b.rows.length}\n`);
      return;
    }
    const neo4j = await connectNeo4j(flags);
    const stream = process.stderr;
    const bar = stream.isTTY ? new SingleBar({ stream, format: "pushing {bar} {value}/{total} rows | {target}", hideCursor: true, clearOnComplete: true }, Presets.shades_classic) : undefined;
    bar?.start(graph.nodes.length + graph.edges.length, 0, { target: "" });
    try {
      const report = await neo4j.write(graph.nodes, graph.edges, {
        onBatch: ({ tally, batch }) => bar?.update(tally.rowsWritten, { target: batch.target }),
      });
      bar?.stop();
      const unchangedNodes = graph.nodes.length - report.nodesCreated - report.nodesUpdated;
      const unchangedEdges = graph.edges.length - report.edgesCreated - report.edgesUpdated;
      process.stdout.write(
        `pushed ${what} to ${neo4j.target} in ${plural(report.transactions, "transaction")}\n` +
          `  nodes:         ${report.nodesCreated} created, ${report.nodesUpdated} updated, ${unchangedNodes} unchanged\n` +
          `  relationships: ${report.edgesCreated} created, ${report.edgesUpdated} updated, ${unchangedEdges} unchanged\n`,
      );
    } catch (error) {
      bar?.stop();
      throw asCliError(error);
    } finally {
      await neo4j.close();
    }
  });
}
