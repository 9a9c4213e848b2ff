// GEXF 1.2 for Gephi, written record by record (a graph of any size streams to disk). Attributes are
// flattened to scalars (see flat-attributes.ts); each node's and edge's `label` becomes the GEXF label.
// Positions, colours and sizes go in GEXF's viz namespace through the `viz` option.
import type { NodeAttributes } from "../schema/generated";
import type { SerializedGraph } from "../serialize";
import { OFFSET_UNITS } from "./code-points";
import { escapeXml, type FlatAttributes, type ScalarType } from "./flat-attributes";
import { batched, flatGraph, type XmlExportOptions } from "./export-options";

/** GEXF's viz elements for one node: what a layout or a colour scheme adds. */
export interface GexfViz {
  position?: { x: number; y: number; z?: number };
  color?: { r: number; g: number; b: number; a?: number };
  size?: number;
}

export interface GexfOptions extends XmlExportOptions {
  viz?: (key: string, attributes: NodeAttributes) => GexfViz | undefined;
}

const GEXF_TYPES: Record<ScalarType, string> = { string: "string", int: "integer", double: "double", boolean: "boolean" };

function* declarations(domain: "node" | "edge", types: Map<string, ScalarType>): Generator<string> {
  const declared = [...types].filter(([name]) => name !== "label");
  if (!declared.length) return;
  yield `    <attributes class="${domain}">\n`;
  for (const [name, type] of declared) yield `      <attribute id="${escapeXml(name)}" title="${escapeXml(name)}" type="${GEXF_TYPES[type]}"/>\n`;
  yield "    </attributes>\n";
}

function attvalues(row: FlatAttributes, indent: string): string {
  const values = Object.keys(row)
    .filter((name) => name !== "label")
    .sort()
    .map((name) => `${indent}  <attvalue for="${escapeXml(name)}" value="${escapeXml(String(row[name]))}"/>\n`);
  return values.length ? `${indent}<attvalues>\n${values.join("")}${indent}</attvalues>\n` : "";
}

function vizElements(viz: GexfViz | undefined, indent: string): string {
  if (!viz) return "";
  const out: string[] = [];
  if (viz.color) out.push(`${indent}<viz:color r="${viz.color.r}" g="${viz.color.g}" b="${viz.color.b}"${viz.color.a === undefined ? "" : ` a="${viz.color.a}"`}/>\n`);
  if (viz.position) out.push(`${indent}<viz:position x="${viz.position.x}" y="${viz.position.y}"${viz.position.z === undefined ? "" : ` z="${viz.position.z}"`}/>\n`);
  if (viz.size !== undefined) out.push(`${indent}<viz:size value="${viz.size}"/>\n`);
  return out.join("");
}

function* gexfPieces(graph: SerializedGraph, options: GexfOptions): Generator<string> {
  const flat = flatGraph(graph, options);
  const description = `newsgraph graph, schema version ${graph.attributes.schemaVersion}. ${OFFSET_UNITS}`;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">\n';
  // GEXF's <meta> knows creator, description and keywords; anything else would be a non-standard tag.
  yield `  <meta>\n    <creator>${escapeXml(String(graph.attributes.generator ?? "newsgraph"))}</creator>\n    <description>${escapeXml(description)}</description>\n  </meta>\n`;
  yield '  <graph defaultedgetype="directed">\n';
  yield* declarations("node", flat.nodeTypes);
  yield* declarations("edge", flat.edgeTypes);
  yield "    <nodes>\n";
  const attributesOf = options.viz ? new Map(graph.nodes.map((n) => [n.key, n.attributes])) : undefined;
  for (const { key, row } of flat.nodes()) {
    const viz = vizElements(options.viz?.(key, attributesOf!.get(key)!), "        ");
    yield `      <node id="${escapeXml(key)}" label="${escapeXml(String(row.label ?? key))}">\n${attvalues(row, "        ")}${viz}      </node>\n`;
  }
  yield "    </nodes>\n    <edges>\n";
  for (const { key, source, target, row } of flat.edges()) {
    yield `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" label="${escapeXml(String(row.label ?? ""))}">\n${attvalues(row, "        ")}      </edge>\n`;
  }
  yield "    </edges>\n  </graph>\n</gexf>\n";
}

/** The GEXF document in chunks of about a megabyte: deterministic, with no dates, for a serialized (sorted) graph. */
export function gexfChunks(graph: SerializedGraph, options: GexfOptions = {}): Generator<string> {
  return batched(gexfPieces(graph, options));
}

/** The whole GEXF document as one string (small graphs; the viewer's download). */
export function toGexf(graph: SerializedGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join("");
}
