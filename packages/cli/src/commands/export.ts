// newsgraph export <graph.json> --format F: the graph, or a subgraph around one node, in another format.
import { Option, type Command } from "commander";
import { articleNodeId } from "@newsgraph/graph-model";
import { UnsafeTargetError } from "@newsgraph/graph-model/node";
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
    .option("--ego <node-id>", "export only the nodes within --hops links of this node, e.g. --ego actor:vladimir-putin")
    .addOption(new Option("--hops <n>", "how far --ego reaches (e.g. --hops 2)").argParser(parseCount).default(1))
    .addHelpText("after", `\nFormats:\n${formats}`)
    .addHelpText("after", "\nExamples:\n  $ newsgraph export graph.json --format gexf --out graph.gexf\n  $ newsgraph export graph.json --format json --ego actor:vladimir-putin --hops 2 --out putin.json")
    .action(async (file: string, flags: ExportFlags) => {
      const format = findExportFormat(flags.format)!;
      const store = openGraphFile(file);
      if (flags.ego && !store.node(flags.ego)) throw new CliError(`${file}: no node with id ${flags.ego} (newsgraph stats ${file} --json lists actor ids)`);
      const graph = flags.ego ? store.subgraphSync({ ego: { id: flags.ego, hops: flags.hops } }) : store.exportSync();
      const out = flags.out ?? format.defaultOut(file);
      // A subgraph may leave out the articles its spans point into: their texts still give code point offsets.
      const articleText = (id: string) => {
        const node = store.node(articleNodeId(id));
        return node?.attributes.type === "Article" ? node.attributes.text : undefined;
      };
      try {
        await format.write(graph, out, articleText);
      } catch (error) {
        if (error instanceof UnsafeTargetError) throw new CliError(`cannot write the export: ${error.message}`);
        const code = (error as NodeJS.ErrnoException).code;
        if (code) throw new CliError(`${out}: cannot write the export (${code})`);
        throw error;
      }
      process.stderr.write(`wrote ${out} (${format.name}: ${graph.nodes.length} nodes, ${graph.edges.length} edges)\n`);
    });
}
