// GraphML for Gephi, yEd, networkx and igraph, written record by record. graphology-graphml only parses,
// so this writes the few elements GraphML needs by hand: <key> declarations, then nodes and edges with
// <data>. Attributes are flattened to scalars the same way as for GEXF (see flat-attributes.ts); `label`
// is what Gephi shows.
import type { SerializedGraph } from "../serialize";
import { OFFSET_UNITS } from "./code-points";
import { escapeXml, type FlatAttributes, type ScalarType } from "./flat-attributes";
import { batched, flatGraph, type XmlExportOptions } from "./export-options";

type KeyDomain = "node" | "edge";

const keyId = (domain: KeyDomain, name: string) => `${domain[0]}_${name}`;

function dataElements(domain: KeyDomain, row: FlatAttributes, indent: string): string {
  return Object.keys(row)
    .sort()
    .map((name) => `${indent}<data key="${escapeXml(keyId(domain, name))}">${escapeXml(String(row[name]))}</data>\n`)
    .join("");
}

function* keyDeclarations(domain: KeyDomain, types: Map<string, ScalarType>): Generator<string> {
  for (const [name, type] of types) {
    const id = escapeXml(keyId(domain, name));
    // The offset units are said where the spans are declared, for any reader that shows key descriptions.
    const desc = name === "provenance" ? `<desc>${escapeXml(OFFSET_UNITS)}</desc>` : "";
    yield `  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"${desc ? `>${desc}</key>\n` : "/>\n"}`;
  }
}

function* graphmlPieces(graph: SerializedGraph, options: XmlExportOptions): Generator<string> {
  const flat = flatGraph(graph, options);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield `  <desc>${escapeXml(`newsgraph graph, schema version ${graph.attributes.schemaVersion}. ${OFFSET_UNITS}`)}</desc>\n`;
  yield* keyDeclarations("node", flat.nodeTypes);
  yield* keyDeclarations("edge", flat.edgeTypes);
  yield '  <graph id="newsgraph" edgedefault="directed">\n';
  for (const { key, row } of flat.nodes()) yield `    <node id="${escapeXml(key)}">\n${dataElements("node", row, "      ")}    </node>\n`;
  for (const { key, source, target, row } of flat.edges()) {
    yield `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n${dataElements("edge", row, "      ")}    </edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

/** The GraphML document in chunks of about a megabyte: deterministic, for a serialized (sorted) graph. */
export function graphmlChunks(graph: SerializedGraph, options: XmlExportOptions = {}): Generator<string> {
  return batched(graphmlPieces(graph, options));
}

/** The whole GraphML document as one string (small graphs). */
export function toGraphml(graph: SerializedGraph, options: XmlExportOptions = {}): string {
  return [...graphmlChunks(graph, options)].join("");
}
