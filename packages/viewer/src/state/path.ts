// Shortest path between two nodes over the visible graph, ignoring edge direction: "how are these two
// connected" does not care who said what to whom.
import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { ViewerGraph } from "./graph";
import type { PathHighlight } from "./reducers";

export interface FoundPath extends PathHighlight {
  /** Node ids in order, from the first to the second node. */
  order: string[];
}

/**
 * The shortest path from `from` to `to` using only nodes `allowed` accepts (both ends always allowed),
 * or null when there is none. Article nodes are skipped unless `allowed` lets them through, since every
 * two actors of one article would otherwise be two hops apart.
 */
export function shortestPath(graph: ViewerGraph, from: string, to: string, allowed: (id: string) => boolean): FoundPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const ok = (id: string) => id === from || id === to || allowed(id);
  const plain = new UndirectedGraph();
  graph.forEachNode((id) => {
    if (ok(id)) plain.addNode(id);
  });
  graph.forEachEdge((_key, _a, source, target) => {
    if (plain.hasNode(source) && plain.hasNode(target)) plain.mergeEdge(source, target);
  });
  const order = bidirectional(plain, from, to);
  if (!order) return null;
  const edges = new Set<string>();
  for (let i = 1; i < order.length; i++) {
    const a = order[i - 1]!, b = order[i]!;
    const key = graph.edges(a, b)[0] ?? graph.edges(b, a)[0];
    if (key) edges.add(key);
  }
  return { order, nodes: new Set(order), edges };
}
