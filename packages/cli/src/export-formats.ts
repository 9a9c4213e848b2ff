// The export formats: one entry each. A format turns the graph (or the chosen subgraph) into a file, or a
// folder of files, at `out`. To add one, add an entry here; `export --format` and its help follow.
import { join, resolve } from "node:path";
import { cypherScriptParts, gexfChunks, graphmlChunks, toNeo4jAdminCsv, type ArticleTexts, type SerializedGraph } from "@newsgraph/graph-model";
import { graphFileChunks, writeChunksAtomic, writeFileAtomic } from "@newsgraph/graph-model/node";

export interface ExportFormat {
  name: string;
  /** One line for --help. */
  summary: string;
  /** Where to write when --out is not given, from the graph file's path (graph.json → graph.gexf). */
  defaultOut(graphPath: string): string;
  /** `articleText`: every article's text, for code point offsets in a subgraph that leaves its articles out. */
  write(graph: SerializedGraph, out: string, articleText?: ArticleTexts): void | Promise<void>;
}

/** graph.json → graph<suffix>: for formats whose default output sits beside the graph. */
export const besideGraph = (suffix: string) => (graphPath: string) => `${graphPath.replace(/\.json$/i, "")}${suffix}`;

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    name: "json",
    summary: "the graph file format itself (graphology's serialized form); with --ego, a subgraph that stats, export and the viewer read",
    defaultOut: besideGraph(".export.json"),
    write: (graph, out) => writeChunksAtomic(out, graphFileChunks(graph)),
  },
  {
    name: "gexf",
    summary: "GEXF 1.2 for Gephi; list attributes (aliases, provenance) flattened to text",
    defaultOut: besideGraph(".gexf"),
    write: (graph, out, articleText) => writeChunksAtomic(out, gexfChunks(graph, { articleText })),
  },
  {
    name: "graphml",
    summary: "GraphML for yEd, Cytoscape, NetworkX; list attributes flattened to text",
    defaultOut: besideGraph(".graphml"),
    write: (graph, out, articleText) => writeChunksAtomic(out, graphmlChunks(graph, { articleText })),
  },
  {
    name: "cypher",
    summary: "a Cypher script for cypher-shell -f (constraints, then batched MERGE on id and key: running it again merges)",
    defaultOut: besideGraph(".cypher"),
    // Bytes part by part: a big graph's script can pass V8's longest string.
    write: (graph, out) => writeChunksAtomic(out, cypherScriptParts(graph)),
  },
  {
    name: "neo4j-admin",
    summary: "a folder of CSV files for neo4j-admin database import full (a new database); prints the import command",
    defaultOut: besideGraph("-neo4j-import"),
    write: (graph, out) => {
      const exported = toNeo4jAdminCsv(graph);
      for (const file of exported.files) writeFileAtomic(join(out, file.name), file.content);
      process.stderr.write(`import with:\n${exported.command(resolve(out))}\n`);
    },
  },
];

export function findExportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}
