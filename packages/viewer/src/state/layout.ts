// The deterministic layout: ForceAtlas2 from seeded positions for a fixed number of iterations, then
// noverlap, on a graph given as plain arrays. Same graph in, same positions out, in any browser or in
// Node: no clock, no randomness (Barnes-Hut's quadtree is built from the positions alone). It runs in a
// web worker (app/layout-worker.ts) so that the page never freezes; positions are rounded so that tiny
// floating-point differences between engines cannot show.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";

export interface LayoutInput {
  x: Float64Array;
  y: Float64Array;
  sizes: Float32Array;
  /** Edge endpoints as node indexes, and a weight per edge (1 when all edges count the same). */
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float32Array;
}

export interface LayoutOutput {
  x: Float64Array;
  y: Float64Array;
}

const BARNES_HUT_ABOVE = 400;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));

/**
 * The fixed amount of work, from the graph's size only: about 200k node-iterations of ForceAtlas2
 * (Barnes-Hut above 400 nodes keeps each O(n log n)), and noverlap only up to 5,000 nodes, where its
 * grid still pays (at 10k one of its passes costs more than 30 of ForceAtlas2's).
 */
export function layoutBudget(order: number): { iterations: number; noverlapIterations: number } {
  return { iterations: clamp(200_000 / Math.max(1, order), 30, 400), noverlapIterations: order <= 5000 ? clamp(50_000 / Math.max(1, order), 5, 40) : 0 };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function computeLayout(input: LayoutInput): LayoutOutput {
  const n = input.x.length;
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(String(i), { x: input.x[i], y: input.y[i], size: input.sizes[i] });
  for (let e = 0; e < input.sources.length; e++) {
    const s = String(input.sources[e]), t = String(input.targets[e]);
    if (s === t) continue;
    const key = graph.edge(s, t);
    if (key) graph.updateEdgeAttribute(key, "weight", (w: number) => w + input.weights[e]!);
    else graph.addEdge(s, t, { weight: input.weights[e] });
  }
  const { iterations, noverlapIterations } = layoutBudget(n);
  if (graph.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(n), barnesHutOptimize: n > BARNES_HUT_ABOVE, edgeWeightInfluence: 1 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  }
  if (noverlapIterations) noverlap.assign(graph, { maxIterations: noverlapIterations, settings: { ratio: 1.4, margin: 2 } });
  const x = new Float64Array(n), y = new Float64Array(n);
  graph.forEachNode((key, a) => {
    x[Number(key)] = round(a.x);
    y[Number(key)] = round(a.y);
  });
  return { x, y };
}
