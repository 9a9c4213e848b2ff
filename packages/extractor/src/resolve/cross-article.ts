// Applying cross-article resolution to deltas: actor ids rewritten to the actors they are the same as
// (ActorIndex decides which), and a delta split into the part that names no actor, which can go into the
// graph as soon as it is extracted, and the actor part, which waits for the whole corpus to be known.
import { keyOfEdge, mergeEdgeAttributes, mergeNodeAttributes, type ActorAttributes, type EdgeRecord, type GraphDelta, type NodeRecord } from "@newsgraph/graph-model";
import { ActorIndex, type ActorTarget } from "./actor-index";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function renamed(attributes: ActorAttributes, to: ActorTarget): ActorAttributes {
  const aliases = [...new Set([...attributes.aliases, attributes.name])].filter((a) => a !== to.name).sort();
  return { ...attributes, name: to.name, aliases };
}

/** The delta with its actor ids rewritten by `targets`; nodes and edges that meet are merged, the rest kept. */
export function rewriteActors(delta: GraphDelta, targets: ReadonlyMap<string, ActorTarget>): GraphDelta {
  if (!delta.nodes.some((n) => targets.has(n.id))) return delta;
  const to = (id: string) => targets.get(id)?.id ?? id;
  const nodes = new Map<string, NodeRecord>();
  for (const node of delta.nodes) {
    const target = targets.get(node.id);
    const attributes = target ? renamed(node.attributes as ActorAttributes, target) : node.attributes;
    const id = target?.id ?? node.id;
    const existing = nodes.get(id);
    nodes.set(id, { id, attributes: existing ? mergeNodeAttributes(existing.attributes, attributes, id) : attributes });
  }
  const edges = new Map<string, EdgeRecord>();
  for (const edge of delta.edges) {
    const rewritten: EdgeRecord = { ...edge, source: to(edge.source), target: to(edge.target) };
    if (rewritten.source === rewritten.target) continue;
    const key = keyOfEdge(rewritten);
    const existing = edges.get(key);
    edges.set(key, existing ? { ...rewritten, attributes: mergeEdgeAttributes(existing.attributes, rewritten.attributes, key) } : rewritten);
  }
  const sortedEdges = [...edges.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  return { article: delta.article, nodes: [...nodes.values()].sort(byId), edges: sortedEdges };
}

export interface SplitDelta {
  /** Nodes other than actors, and the edges between them: final as extracted. */
  rest: GraphDelta;
  /** The actor nodes and every edge that touches one: rewritten once the corpus is resolved. */
  actors: GraphDelta;
}

export function splitDelta(delta: GraphDelta): SplitDelta {
  const isActor = (id: string) => id.startsWith("actor:");
  const rest: GraphDelta = { article: delta.article, nodes: [], edges: [] };
  const actors: GraphDelta = { article: delta.article, nodes: [], edges: [] };
  for (const node of delta.nodes) (node.attributes.type === "Actor" ? actors : rest).nodes.push(node);
  for (const edge of delta.edges) (isActor(edge.source) || isActor(edge.target) ? actors : rest).edges.push(edge);
  return { rest, actors };
}

/**
 * Resolves the actors of a whole corpus held in memory (tests, evaluation): the deltas come back in the same
 * order, rewritten. The build streams instead (ActorIndex, splitDelta, rewriteActors), with the same result.
 */
export function resolveActors(deltas: readonly GraphDelta[]): GraphDelta[] {
  const index = new ActorIndex();
  for (const delta of deltas) index.addDelta(delta);
  const targets = index.targets();
  return deltas.map((delta) => rewriteActors(delta, targets));
}
