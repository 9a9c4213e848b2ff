// The viewer's graph: graph-model's node and edge attributes plus a position. Everything the renderer
// shows is derived from it; positions are the only thing the viewer writes into it.
import { MultiDirectedGraph } from "graphology";
import { articleNodeId, sha256Hex, type EdgeAttributes, type NodeAttributes, type SerializedGraph } from "@newsgraph/graph-model";

export type ViewerNode = NodeAttributes & { x: number; y: number };
export type ViewerGraph = MultiDirectedGraph<ViewerNode, EdgeAttributes>;

/** A deterministic starting position from the id, so that two loads of one graph look the same. */
export function seedPosition(id: string): { x: number; y: number } {
  const h = sha256Hex(id);
  const angle = (parseInt(h.slice(0, 8), 16) / 0xffffffff) * Math.PI * 2;
  const radius = Math.sqrt(parseInt(h.slice(8, 16), 16) / 0xffffffff) * 100;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

export function toViewerGraph(serialized: Pick<SerializedGraph, "nodes" | "edges">): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const n of serialized.nodes) {
    const given = n.attributes as Partial<ViewerNode>;
    const pos = typeof given.x === "number" && typeof given.y === "number" ? { x: given.x, y: given.y } : seedPosition(n.key);
    graph.addNode(n.key, { ...n.attributes, ...pos });
  }
  for (const e of serialized.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
  return graph;
}

/** Cuts at a word boundary when it can, so that a label never ends mid-word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/** A statement's words as shown anywhere: quotation marks for a direct quote only, never for reported speech. */
export function statementText(a: { text: string; kind: string }, max = Infinity): string {
  return a.kind === "direct" ? `“${clip(a.text.replace(/[\s,]+$/, ""), max - 2)}”` : clip(a.text, max);
}

/** What a node is called on the canvas, in search results and in the panel. */
export function labelOf(a: NodeAttributes, max = 60): string {
  switch (a.type) {
    case "Statement":
      return statementText(a, max);
    case "Event":
      return clip(a.label, max);
    case "Article":
      return clip(a.title ?? a.name, max);
    default:
      return clip(a.name, max);
  }
}

/** The date a node belongs to on the timeline: its own, else its article's publication date. */
export function dateOf(graph: ViewerGraph, id: string): string | undefined {
  const a = graph.getNodeAttributes(id);
  if (a.type === "Article") return a.published;
  if (a.type !== "Statement" && a.type !== "Event") return undefined;
  if (a.date) return a.date;
  const article = articleNodeId(a.article);
  if (!graph.hasNode(article)) return undefined;
  const art = graph.getNodeAttributes(article);
  return art.type === "Article" ? art.published : undefined;
}

/** Article ids a node comes from (for the article and source filters). */
export function articlesOf(a: NodeAttributes): string[] {
  if (a.type === "Article") return [a.name];
  return [...new Set(a.provenance.map((p) => p.article))];
}
