// newsgraph export <graph.json> --format F: the graph, or a subgraph around one node, in another format.
import { Option, type Command } from "commander";
import { articleNodeId, MemoryGraph, QueryError, type MemoryStore, type SerializedGraph } from "@newsgraph/graph-model";
import { openGraphFile } from "../graph-file";
import { CliError } from "../errors";
import { EXPORT_FORMATS, findExportFormat } from "../export-formats";
import { parseCount } from "../options";

interface ExportFlags {
  format: string;
  out?: string;
  ego?: string;
  hops: number;
}

export function register(program: Command): void {
  const formats = EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(12)} ${f.summary}`).join("\n");
  program
    .command("export")
    .summary(`write a graph file as ${EXPORT_FORMATS.map((f) => f.name).join(", ")}`)
    .description("Writes a graph file (or the subgraph around one node, with --ego) in another format.")
    .argument("<graph>", "a graph file written by build, e.g. graph.json")
    .addOption(new Option("-f, --format <format>", "the output format (e.g. --format gexf for Gephi)").choices(EXPORT_FORMATS.map((f) => f.name)).makeOptionMandatory())
    .option("-o, --out <path>", "where to write (e.g. --out out/graph.gexf); default: beside the graph file, e.g. graph.gexf")
    .option("--ego <actor>", 'export only the actor\'s neighbourhood within --hops relations (and its articles), by name, alias or id, e.g. --ego "Vladimir Putin"')
    .addOption(new Option("--hops <n>", "how far --ego reaches (e.g. --hops 2)").argParser(parseCount).default(1))
    .addHelpText("after", `\nFormats:\n${formats}`)
    .addHelpText("after", "\nExamples:\n  $ newsgraph export graph.json --format gexf --out graph.gexf\n  $ newsgraph export graph.json --format json --ego Putin --hops 2 --out putin.json")
    .action(async (file: string, flags: ExportFlags) => {
      const format = findExportFormat(flags.format)!;
      const store = openGraphFile(file);
      const graph = flags.ego ? await egoOf(store, file, flags.ego, flags.hops) : store.exportSync();
      const out = flags.out ?? format.defaultOut(file);
      // A subgraph may leave out the articles its spans point into: their texts still give code point offsets.
      const articleText = (id: string) => {
        const node = store.node(articleNodeId(id));
        return node?.attributes.type === "Article" ? node.attributes.text : undefined;
      };
      await format.write(graph, out, articleText);
      process.stderr.write(`wrote ${out} (${format.name}: ${graph.nodes.length} nodes, ${graph.edges.length} edges)\n`);
    });
}

/**
 * The ego network as the query API draws it: the actor named like in every query (an unknown or ambiguous name
 * lists the candidates), relations only — never through an Article node, which would reach every actor of
 * every article — plus the articles behind the nodes reached, for their provenance text.
 */
async function egoOf(store: MemoryStore, file: string, ego: string, hops: number): Promise<SerializedGraph> {
  try {
    return await new MemoryGraph(store).ego(ego, hops);
  } catch (error) {
    if (error instanceof QueryError) throw new CliError(`${file}: --ego: ${error.message}`);
    throw error;
  }
}
