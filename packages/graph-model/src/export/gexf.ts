// GEXF for Gephi, through graphology-gexf's writer. Attributes are flattened to scalars (see
// flat-attributes.ts); each node's and edge's `label` becomes the GEXF label.
import { MultiDirectedGraph } from "graphology";
import writeGexf from "graphology-gexf/common/writer.js";
import type { Attributes } from "graphology-types";
import type { SerializedGraph } from "../serialize";
import { flatEdgeAttributes, flatNodeAttributes } from "./flat-attributes";

function splitLabel(_key: string, attributes: Attributes) {
  const { label, ...rest } = attributes;
  return { label: label as string, attributes: rest };
}

/** How a node is drawn, for Gephi's viz: namespace (position, colour as #RRGGBB, size). */
export interface GexfViz {
  x: number;
  y: number;
  color?: string;
  size?: number;
}

export interface GexfOptions {
  /** Positions and colours per node key, so that Gephi opens the graph laid out as the viewer shows it. */
  viz?: (key: string) => GexfViz | undefined;
}

/** The graph as a GEXF 1.2 document: deterministic, with no dates, for a serialized (sorted) graph. */
export function toGexf(serialized: SerializedGraph, options: GexfOptions = {}): string {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  // GEXF's <meta> knows creator, description and keywords; anything else would be a non-standard tag.
  graph.replaceAttributes({ creator: String(serialized.attributes.generator ?? "newsgraph"), description: `newsgraph graph, schema version ${serialized.attributes.schemaVersion}` });
  for (const node of serialized.nodes) graph.addNode(node.key, flatNodeAttributes(node.attributes));
  for (const edge of serialized.edges) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, flatEdgeAttributes(edge.attributes));
  const formatNode = options.viz ? (key: string, attributes: Attributes) => ({ ...splitLabel(key, attributes), viz: options.viz!(key) }) : splitLabel;
  return writeGexf(graph, { version: "1.2", pretty: true, formatNode, formatEdge: splitLabel });
}
