// Expand / collapse, as in Bloom or Linkurious: start from one node and open neighbourhoods step by step.
// The exploration is the ordered list of expansions, so that it replays the same from a URL; expanding a
// node again shows the next batch of its neighbours ("show more" on hubs).
import type { ViewerGraph } from "./graph";

export interface Exploration {
  root: string;
  /** Expanded node ids, in order; a node appears once per batch asked for. */
  expansions: string[];
}

export interface ExploreOptions {
  hops: number;
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
function candidates(graph: ViewerGraph, center: string, shown: ReadonlySet<string>, options: ExploreOptions): string[] {
  const depth = new Map([[center, 0]]);
  let frontier = [center];
  for (let d = 1; d <= options.hops && frontier.length; d++) {
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

export function replayExploration(graph: ViewerGraph, exploration: Exploration, options: ExploreOptions): ExploredView {
  const shown = new Set<string>();
  const origin = new Map<string, string>();
  const remaining = new Map<string, number>();
  if (!graph.hasNode(exploration.root)) return { shown, origin, remaining };
  shown.add(exploration.root);
  for (const center of exploration.expansions) {
    if (!shown.has(center)) continue;
    const next = candidates(graph, center, shown, options);
    for (const id of next.slice(0, options.cap)) {
      shown.add(id);
      origin.set(id, center);
    }
    remaining.set(center, Math.max(0, next.length - options.cap));
  }
  return { shown, origin, remaining };
}

export const startExploration = (root: string): Exploration => ({ root, expansions: [root] });

export const expandNode = (exploration: Exploration, node: string): Exploration => ({ ...exploration, expansions: [...exploration.expansions, node] });

/** Removes what expanding `node` added, and everything expanded from there; `node` itself stays. */
export function collapseNode(graph: ViewerGraph, exploration: Exploration, node: string, options: ExploreOptions): Exploration {
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
  return { ...exploration, expansions: exploration.expansions.filter((id) => !dropped.has(id)) };
}
