// Shortest path between two nodes over what the view shows, ignoring edge direction: "how are these two
// connected" does not care who said what to whom. Works on the full graph and on the spoke-about graph.
import { UndirectedGraph } from "graphology";
import type Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { PathHighlight } from "./reducers";

type AnyGraph = Graph<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface FoundPath extends PathHighlight {
  /** Node ids in order, from the first to the second node. */
  order: string[];
}

/**
 * The shortest path from `from` to `to` through nodes `allowed` accepts (both ends always allowed) and
 * edges `edgeAllowed` accepts, or null when there is none.
 */
export function shortestPath(graph: AnyGraph, from: string, to: string, allowed: (id: string) => boolean, edgeAllowed: (key: string) => boolean = () => true): FoundPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const ok = (id: string) => id === from || id === to || allowed(id);
  const plain = new UndirectedGraph();
  graph.forEachNode((id) => {
    if (ok(id)) plain.addNode(id);
  });
  const edgeOf = new Map<string, string>();
  graph.forEachEdge((key, _a, source, target) => {
    if (!plain.hasNode(source) || !plain.hasNode(target) || !edgeAllowed(key)) return;
    plain.mergeEdge(source, target);
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    if (!edgeOf.has(pair)) edgeOf.set(pair, key);
  });
  const order = bidirectional(plain, from, to);
  if (!order) return null;
  const edges = new Set<string>();
  for (let i = 1; i < order.length; i++) {
    const a = order[i - 1]!, b = order[i]!;
    const key = edgeOf.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
    if (key) edges.add(key);
  }
  return { order, nodes: new Set(order), edges };
}
