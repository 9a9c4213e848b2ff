// Every simple path between two nodes up to a hop budget, over chosen edge types, either direction.
// graphology-simple-path and graphology-shortest-path follow out-edges only and cannot skip edge types or
// prune by what is left of the budget, which on a 1M-edge graph is the difference between milliseconds and
// minutes; so the search is here: distances from the target (half the budget deep) bound a depth-first
// walk from the source, which steps only into nodes from which the target is still reachable in time.
// graphology-simple-path stays the oracle these results are tested against.

/** Calls `visit(edgeKey, neighbour)` for each edge of `node` that may be walked. */
export type ForEachStep = (node: string, visit: (edge: string, neighbour: string) => void) => void;

export interface FoundPath {
  nodes: string[];
  edges: string[];
}

export class TooManyPathsError extends Error {
  constructor(readonly found: number) {
    super(`more than ${found} paths of one length; lower maxHops or narrow \`via\``);
    this.name = "TooManyPathsError";
  }
}

const MAX_PATHS_PER_LENGTH = 200_000;

function distancesFrom(target: string, depth: number, forEachStep: ForEachStep): Map<string, number> {
  const dist = new Map([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachStep(node, (_edge, other) => {
        if (!dist.has(other)) {
          dist.set(other, d);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return dist;
}

/**
 * The simple paths from `source` to `target` of each length 1..maxHops, shortest lengths first; stops
 * after the length at which more than `limit` paths are found (callers sort within a length and cut).
 */
export function findPathsByLength(source: string, target: string, maxHops: number, limit: number, forEachStep: ForEachStep): FoundPath[][] {
  if (source === target) return [];
  const known = Math.ceil(maxHops / 2);
  const dist = distancesFrom(target, known, forEachStep);
  const lowerBound = (node: string) => dist.get(node) ?? known + 1;
  const levels: FoundPath[][] = [];
  let total = 0;
  for (let length = lowerBound(source); length <= maxHops && total <= limit; length++) {
    const level: FoundPath[] = [];
    const nodes = [source], edges: string[] = [], onPath = new Set([source]);
    const walk = (node: string) => {
      forEachStep(node, (edge, next) => {
        if (onPath.has(next)) return;
        const depth = edges.length + 1;
        if (next === target) {
          if (depth !== length) return;
          if (level.length >= MAX_PATHS_PER_LENGTH) throw new TooManyPathsError(level.length);
          level.push({ nodes: [...nodes, next], edges: [...edges, edge] });
          return;
        }
        if (depth + lowerBound(next) > length) return;
        nodes.push(next), edges.push(edge), onPath.add(next);
        walk(next);
        nodes.pop(), edges.pop(), onPath.delete(next);
      });
    };
    walk(source);
    if (level.length) levels.push(level);
    total += level.length;
  }
  return levels;
}
