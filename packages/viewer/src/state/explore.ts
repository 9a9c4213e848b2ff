// Expand / collapse, as in Bloom or Linkurious: start from one node and open neighbourhoods step by step.
// The exploration is the ordered list of expansions, so that it replays the same from a URL; expanding a
// node again shows the next batch of its neighbours ("show more" on hubs). Each expansion keeps the hops
// it was made with, so that changing the hops setting only affects the next one. Works on any view's
// graph (the full graph or the spoke-about graph).
import type Graph from "graphology";

/** Explores any graph: only its structure is read. */
type AnyGraph = Graph<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Expansion {
  node: string;
  hops: number;
}

export interface Exploration {
  root: string;
  /** Expansions, in order; a node appears once per batch asked for. */
  expansions: Expansion[];
}

export interface ExploreOptions {
  /** At most this many new nodes per expansion. */
  cap: number;
  /** Nodes that may be shown at all (the filters). */
  allowed?: (id: string) => boolean;
}

export interface ExploredView {
  shown: Set<string>;
  /** The expansion that added each node. */
  origin: Map<string, string>;
  /** Neighbours of each expanded node still hidden by the cap. */
  remaining: Map<string, number>;
}

/** Nodes within `hops` of `center` not yet shown, nearest first, then by degree, then by id. */
function candidates(graph: AnyGraph, center: string, hops: number, shown: ReadonlySet<string>, options: ExploreOptions): string[] {
  const depth = new Map([[center, 0]]);
  let frontier = [center];
  for (let d = 1; d <= hops && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (other) => {
        if (depth.has(other) || (options.allowed && !options.allowed(other))) return;
        depth.set(other, d);
        next.push(other);
      });
    }
    frontier = next;
  }
  return [...depth.keys()]
    .filter((id) => !shown.has(id))
    .sort((a, b) => depth.get(a)! - depth.get(b)! || graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
}

export function replayExploration(graph: AnyGraph, exploration: Exploration, options: ExploreOptions): ExploredView {
  const shown = new Set<string>();
  const origin = new Map<string, string>();
  const remaining = new Map<string, number>();
  if (!graph.hasNode(exploration.root)) return { shown, origin, remaining };
  shown.add(exploration.root);
  for (const { node: center, hops } of exploration.expansions) {
    if (!shown.has(center)) continue;
    const next = candidates(graph, center, hops, shown, options);
    for (const id of next.slice(0, options.cap)) {
      shown.add(id);
      origin.set(id, center);
    }
    remaining.set(center, Math.max(0, next.length - options.cap));
  }
  return { shown, origin, remaining };
}

export const startExploration = (root: string, hops = 1): Exploration => ({ root, expansions: [{ node: root, hops }] });

export const expandNode = (exploration: Exploration, node: string, hops = 1): Exploration => ({ ...exploration, expansions: [...exploration.expansions, { node, hops }] });

/** Removes what expanding `node` added, and everything expanded from there; `node` itself stays. */
export function collapseNode(graph: AnyGraph, exploration: Exploration, node: string, options: ExploreOptions): Exploration {
  const { origin } = replayExploration(graph, exploration, options);
  const dropped = new Set([node]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, from] of origin) {
      if (dropped.has(from) && !dropped.has(id)) {
        dropped.add(id);
        grew = true;
      }
    }
  }
  return { ...exploration, expansions: exploration.expansions.filter((e) => !dropped.has(e.node)) };
}
