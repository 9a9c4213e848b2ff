// Export of what is on screen (or just the selection and its neighbours) through graph-model's
// exporters, and of the canvas as PNG. Article bodies are fetched first, so exported files are whole.
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import { makeSerializedGraph, stringifyGraph, toCypherScript, toGexf, type NodeAttributes, type SerializedEdge, type SerializedGraph, type SerializedNode } from "@newsgraph/graph-model";
import { fetchArticle } from "./api";
import type { Controller } from "./controller";
import { download } from "./dom";
import type { ViewerSigma } from "./renderer";

export type ExportFormat = "json" | "gexf" | "cypher" | "png";

/** The visible nodes (or the selection and its visible neighbours) and the visible edges among them. */
export async function exportedGraph(controller: Controller, selectionOnly: boolean): Promise<SerializedGraph> {
  const { graph, visibility } = controller;
  const selected = controller.state.selected;
  let keep: Set<string> = visibility.nodes;
  if (selectionOnly && selected) {
    keep = new Set([selected]);
    graph.forEachEdge(selected, (key, _a, s, t) => {
      if (visibility.edges.has(key)) keep.add(s === selected ? t : s);
    });
  }
  const nodes: SerializedNode[] = [];
  for (const key of keep) {
    const { x: _x, y: _y, ...attributes } = graph.getNodeAttributes(key);
    const a = attributes as NodeAttributes;
    nodes.push({ key, attributes: a.type === "Article" ? { ...a, text: (await fetchArticle(a.name)).text } : a });
  }
  const edges: SerializedEdge[] = [];
  for (const key of visibility.edges) {
    const source = graph.source(key), target = graph.target(key);
    if (keep.has(source) && keep.has(target)) edges.push({ key, source, target, attributes: graph.getEdgeAttributes(key) });
  }
  return makeSerializedGraph(nodes, edges);
}

export async function exportView(controller: Controller, sigma: ViewerSigma, format: ExportFormat, selectionOnly: boolean): Promise<void> {
  if (format === "png") return downloadAsPNG(sigma as unknown as Sigma, { fileName: "newsgraph", backgroundColor: "#ffffff" });
  const graph = await exportedGraph(controller, selectionOnly);
  if (format === "json") return download("newsgraph.json", stringifyGraph(graph), "application/json");
  if (format === "cypher") return download("newsgraph.cypher", toCypherScript(graph), "text/plain");
  download("newsgraph.gexf", toGexf(graph), "application/xml");
}
