// Export of what is on screen (or just the selection and its neighbours) through graph-model's
// exporters, and of the canvas as PNG. Article bodies are fetched first, so exported files are whole.
// GEXF carries each node's position, colour and size as shown, so that Gephi opens it laid out.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import { makeSerializedGraph, stringifyGraph, toCypherScript, toGexf, type NodeAttributes, type SerializedEdge, type SerializedGraph, type SerializedNode } from "@newsgraph/graph-model";
import { colorOf, inkOn, legendEntries } from "../state/style";
import { fetchArticle } from "./api";
import type { Controller } from "./controller";
import { download } from "./dom";
import type { ViewerSigma } from "./renderer";

export type ExportFormat = "json" | "gexf" | "cypher" | "png";

/** The shown graph's visible nodes, or the selection and its visible neighbours. */
export function keptNodes(controller: Controller, selectionOnly: boolean): Set<string> {
  const { visibility } = controller;
  const shown = controller.shown;
  const { selected, edge } = controller.state;
  if (selectionOnly && edge && shown.hasEdge(edge)) return new Set([shown.source(edge), shown.target(edge)]);
  if (!selectionOnly || !selected || !shown.hasNode(selected)) return visibility.nodes;
  const keep = new Set([selected]);
  shown.forEachEdge(selected, (key, _a, s, t) => {
    if (visibility.edges.has(key)) keep.add(s === selected ? t : s);
  });
  return keep;
}

/**
 * The exported part of the full graph. In the spoke-about view that is the kept actors and the
 * statements behind their visible edges, with the SAID and ABOUT edges: real schema records, not the
 * derived edges, so that the file loads anywhere a graph file does.
 */
export async function exportedGraph(controller: Controller, selectionOnly: boolean): Promise<SerializedGraph> {
  const { graph, visibility } = controller;
  const keep = new Set(keptNodes(controller, selectionOnly));
  if (controller.state.mode === "spoke") {
    for (const [key, list] of visibility.statements ?? []) {
      const spoke = controller.spoke.graph;
      if (keep.has(spoke.source(key)) && keep.has(spoke.target(key))) for (const s of list) keep.add(s);
    }
  }
  const nodes: SerializedNode[] = [];
  for (const key of [...keep].sort()) {
    const { x: _x, y: _y, ...attributes } = graph.getNodeAttributes(key);
    const a = attributes as NodeAttributes;
    nodes.push({ key, attributes: a.type === "Article" ? { ...a, text: (await fetchArticle(a.name)).text } : a });
  }
  const edges: SerializedEdge[] = [];
  const edgeShown = (key: string) => controller.state.mode === "spoke" || visibility.edges.has(key);
  graph.forEachEdge((key, attributes, source, target) => {
    if (keep.has(source) && keep.has(target) && edgeShown(key)) edges.push({ key, source, target, attributes });
  });
  return makeSerializedGraph(nodes, edges);
}

/** Where each exported node is drawn: its position in the shown graph; a statement midway between its speaker and subject. */
function vizOf(controller: Controller) {
  const shown = controller.shown, { graph } = controller;
  const at = (id: string) => (shown.hasNode(id) ? shown.getNodeAttributes(id) : null);
  return (key: string) => {
    let p = at(key);
    if (!p && graph.getNodeAttribute(key, "type") === "Statement") {
      const ends = graph.neighbors(key).map(at).filter((q) => !!q);
      if (ends.length) p = { ...ends[0]!, x: ends.reduce((s, q) => s + q.x, 0) / ends.length, y: ends.reduce((s, q) => s + q.y, 0) / ends.length };
    }
    const hex = colorOf(graph.getNodeAttributes(key));
    const color = { r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) };
    const size = Math.round((controller.sizes.get(key) ?? 4) * 10) / 10;
    return { color, size, position: p ? { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 } : { x: 0, y: 0 } };
  };
}

export async function exportView(controller: Controller, sigma: ViewerSigma, format: ExportFormat, selectionOnly: boolean): Promise<void> {
  if (format === "png") return download("newsgraph.png", await pngOf(controller, sigma, selectionOnly), "image/png");
  const graph = await exportedGraph(controller, selectionOnly);
  if (format === "json") return download("newsgraph.json", stringifyGraph(graph), "application/json");
  if (format === "cypher") return download("newsgraph.cypher", toCypherScript(graph), "text/plain");
  download("newsgraph.gexf", toGexf(graph, { viz: vizOf(controller) }), "application/xml");
}

const loadImage = (src: string) =>
  new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("pictogram failed to load"));
    img.src = src;
  });

const LEGEND_WIDTH = 260, PAD = 16, ROW = 26;

/**
 * The picture: only the kept nodes (all visible ones, or the selection), framed with room for their
 * labels, and a legend of the categories shown beside it.
 */
async function pngOf(controller: Controller, sigma: ViewerSigma, selectionOnly: boolean): Promise<Blob> {
  const keep = keptNodes(controller, selectionOnly);
  const points = [...keep].map((id) => sigma.getNodeDisplayData(id)).filter((d) => !!d);
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const span = points.length ? Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) : 1;
  // Labels run right of their nodes: frame the nodes with a wide margin so that none is cut at the border.
  const cameraState = points.length
    ? { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, ratio: Math.max(0.08, span * 1.45), angle: 0 }
    : sigma.getCamera().getState();
  const { nodeReducer, edgeReducer } = sigma.getSettings();
  const shown = controller.shown;
  const picture = await drawOnCanvas(sigma as unknown as Sigma, {
    backgroundColor: "#ffffff",
    cameraState,
    sigmaSettings: {
      nodeReducer: (id, data) => ({ ...(nodeReducer ? nodeReducer(id, data as never) : data), hidden: !keep.has(id), forceLabel: keep.size <= 60 }),
      edgeReducer: (key, data) => ({ ...(edgeReducer ? edgeReducer(key, data as never) : data), ...(keep.has(shown.source(key)) && keep.has(shown.target(key)) ? {} : { hidden: true }) }),
    },
  });
  const entries = legendEntries(controller.graph, keep);
  const out = document.createElement("canvas");
  out.width = picture.width + LEGEND_WIDTH;
  out.height = Math.max(picture.height, PAD * 2 + ROW * (entries.length + 2));
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(picture, 0, 0);
  ctx.fillStyle = "#f7f7f5";
  ctx.fillRect(picture.width, 0, LEGEND_WIDTH, out.height);
  ctx.fillStyle = "#1a1a1a";
  ctx.font = "600 15px system-ui, sans-serif";
  const left = picture.width + PAD;
  ctx.fillText("Legend", left, PAD + 12);
  ctx.font = "14px system-ui, sans-serif";
  let y = PAD + ROW + 8;
  for (const entry of entries) {
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(left + 9, y, 9, 0, Math.PI * 2);
    ctx.fill();
    await drawTinted(ctx, await loadImage(entry.image), left + 3, y - 6, 12, inkOn(entry.color));
    ctx.fillStyle = "#1a1a1a";
    ctx.fillText(`${entry.label} (${entry.count})`, left + 26, y + 5);
    y += ROW;
  }
  if (controller.state.mode === "spoke") {
    ctx.strokeStyle = "#8f8f8f";
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(left + 18, y);
    ctx.stroke();
    ctx.fillStyle = "#1a1a1a";
    ctx.fillText("spoke about (width: statements)", left + 26, y + 5);
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("the canvas could not be encoded"))), "image/png"));
}

/** Draws a black pictogram in another colour (through a scratch canvas, so the legend matches the nodes). */
async function drawTinted(ctx: CanvasRenderingContext2D, img: HTMLImageElement, x: number, y: number, size: number, color: string): Promise<void> {
  const scratch = document.createElement("canvas");
  scratch.width = scratch.height = size * 2;
  const s = scratch.getContext("2d")!;
  s.drawImage(img, 0, 0, size * 2, size * 2);
  s.globalCompositeOperation = "source-in";
  s.fillStyle = color;
  s.fillRect(0, 0, size * 2, size * 2);
  ctx.drawImage(scratch, x, y, size, size);
}
