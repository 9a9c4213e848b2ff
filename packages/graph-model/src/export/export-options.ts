// What GEXF and GraphML exports share: the records flattened to scalars, with provenance spans in both
// offset units (code-points.ts), produced record by record so that a large graph is never one string.
import type { SerializedGraph } from "../serialize";
import { articleTextsOf, codePointSpans, type ArticleTexts } from "./code-points";
import { attributeTypes, flatEdgeAttributes, flatNodeAttributes, type FlatAttributes, type ScalarType } from "./flat-attributes";

export interface XmlExportOptions {
  /**
   * The text of an article, for code point offsets. Default: the Article nodes of the graph exported; a
   * subgraph without its articles can pass the whole graph's texts.
   */
  articleText?: ArticleTexts;
}

export interface FlatGraph {
  nodeTypes: Map<string, ScalarType>;
  edgeTypes: Map<string, ScalarType>;
  /** The rows, computed again on each walk rather than held: an article's text can be large. */
  nodes(): Generator<{ key: string; row: FlatAttributes }>;
  edges(): Generator<{ key: string; source: string; target: string; row: FlatAttributes }>;
}

/** Two passes over the graph: one to declare each attribute's type, one to write the rows. */
export function flatGraph(graph: SerializedGraph, options: XmlExportOptions = {}): FlatGraph {
  const spans = codePointSpans(options.articleText ?? articleTextsOf(graph.nodes));
  function* nodes() {
    for (const n of graph.nodes) yield { key: n.key, row: flatNodeAttributes(n.attributes, spans) };
  }
  function* edges() {
    for (const e of graph.edges) yield { key: e.key, source: e.source, target: e.target, row: flatEdgeAttributes(e.attributes, spans) };
  }
  const rows = function* <T extends { row: FlatAttributes }>(items: Generator<T>) {
    for (const item of items) yield item.row;
  };
  return { nodeTypes: attributeTypes(rows(nodes())), edgeTypes: attributeTypes(rows(edges())), nodes, edges };
}

/** Joins small pieces into chunks of about a megabyte, so a writer makes few system calls. */
export function* batched(pieces: Iterable<string>, chunkChars = 1 << 20): Generator<string> {
  let parts: string[] = [];
  let chars = 0;
  for (const piece of pieces) {
    parts.push(piece);
    chars += piece.length;
    if (chars >= chunkChars) {
      yield parts.join("");
      parts = [];
      chars = 0;
    }
  }
  if (parts.length) yield parts.join("");
}
