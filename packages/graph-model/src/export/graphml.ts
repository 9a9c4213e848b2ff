// GraphML for Gephi, yEd, networkx and igraph. graphology-graphml only parses, so this writes the few
// elements GraphML needs by hand: <key> declarations, then nodes and edges with <data>. Attributes are
// flattened to scalars the same way as for GEXF (see flat-attributes.ts); `label` is what Gephi shows.
import type { SerializedGraph } from "../serialize";
import { flatEdgeAttributes, flatNodeAttributes, type FlatAttributes, type Scalar } from "./flat-attributes";

type KeyDomain = "node" | "edge";
interface KeySpec {
  id: string;
  name: string;
  type: "string" | "int" | "double" | "boolean";
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;");

function scalarType(value: Scalar): KeySpec["type"] {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff ? "int" : "double";
  return "string";
}

const isNumeric = (type: KeySpec["type"]) => type === "int" || type === "double";

/** The one type that holds values of both types: int and double widen to double, anything else to string. */
function widen(a: KeySpec["type"] | undefined, b: KeySpec["type"]): KeySpec["type"] {
  if (!a || a === b) return b;
  return isNumeric(a) && isNumeric(b) ? "double" : "string";
}

/** One <key> per attribute name and domain, sorted by name. */
function declareKeys(domain: KeyDomain, rows: FlatAttributes[]): Map<string, KeySpec> {
  const types = new Map<string, KeySpec["type"]>();
  for (const row of rows) for (const [name, value] of Object.entries(row)) types.set(name, widen(types.get(name), scalarType(value)));
  const keys = new Map<string, KeySpec>();
  for (const name of [...types.keys()].sort()) keys.set(name, { id: `${domain[0]}_${name}`, name, type: types.get(name)! });
  return keys;
}

function dataElements(row: FlatAttributes, keys: Map<string, KeySpec>, indent: string): string {
  return Object.keys(row)
    .sort()
    .map((name) => `${indent}<data key="${escapeXml(keys.get(name)!.id)}">${escapeXml(String(row[name]))}</data>\n`)
    .join("");
}

/** The graph as a GraphML document: deterministic, for a serialized (sorted) graph. */
export function toGraphml(serialized: SerializedGraph): string {
  const nodeRows = serialized.nodes.map((n) => flatNodeAttributes(n.attributes));
  const edgeRows = serialized.edges.map((e) => flatEdgeAttributes(e.attributes));
  const nodeKeys = declareKeys("node", nodeRows);
  const edgeKeys = declareKeys("edge", edgeRows);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ',
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  for (const [domain, keys] of [["node", nodeKeys], ["edge", edgeKeys]] as const) {
    for (const key of keys.values()) {
      out.push(`  <key id="${escapeXml(key.id)}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>\n`);
    }
  }
  out.push('  <graph id="newsgraph" edgedefault="directed">\n');
  serialized.nodes.forEach((node, i) => {
    out.push(`    <node id="${escapeXml(node.key)}">\n`, dataElements(nodeRows[i]!, nodeKeys, "      "), "    </node>\n");
  });
  serialized.edges.forEach((edge, i) => {
    out.push(
      `    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">\n`,
      dataElements(edgeRows[i]!, edgeKeys, "      "),
      "    </edge>\n",
    );
  });
  out.push("  </graph>\n</graphml>\n");
  return out.join("");
}
