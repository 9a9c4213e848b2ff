// Cross-article resolution: one node per real-world actor. A delta's actor is rewritten to an actor already
// in the store when the evidence says they are the same: the same name or a proper-name alias, or a bare
// surname that only one known person carries. Two people who share a surname but have different given
// names are never merged.
import {
  keyOfEdge,
  mergeEdgeAttributes,
  mergeNodeAttributes,
  normalizeName,
  type ActorAttributes,
  type EdgeRecord,
  type GraphDelta,
  type MemoryStore,
  type NodeRecord,
} from "@newsgraph/graph-model";

/** The store's actor that is the same real-world actor as `actor`, if the evidence is unambiguous. */
export function findSameActor(actor: ActorAttributes, store: MemoryStore): string | undefined {
  const sameType = (id: string) => (store.node(id)?.attributes as ActorAttributes | undefined)?.actorType === actor.actorType;
  const words = normalizeName(actor.name).split(" ").filter(Boolean);
  if (actor.actorType === "person") {
    if (words.length === 1) return onlyOne(personsWithSurname(store, words[0]!));
    // A full name meets a surname-only node of an earlier article ("Putin" then "Vladimir Putin").
    const exact = store.idsByName(actor.name, "Actor").filter(sameType);
    if (exact.length) return onlyOne(exact);
    const surnameOnly = personsWithSurname(store, words.at(-1)!).filter((id) => !normalizeName((store.node(id)!.attributes as ActorAttributes).name).includes(" "));
    return onlyOne(surnameOnly);
  }
  const byName = store.idsByName(actor.name, "Actor").filter(sameType);
  if (byName.length) return onlyOne(byName);
  // Proper-name aliases ("NSC", "Rosaviatsia") may meet another article's canonical name.
  const properAliases = actor.aliases.filter((a) => /^\p{Lu}/u.test(a) && !/^(The|A|An)\s/u.test(a));
  const byAlias = [...new Set(properAliases.flatMap((a) => store.idsByName(a, "Actor")))].filter(sameType).filter((id) => properAliases.some((a) => normalizeName((store.node(id)!.attributes as ActorAttributes).name) === normalizeName(a)));
  return onlyOne(byAlias);
}

function personsWithSurname(store: MemoryStore, surname: string): string[] {
  return store.idsOfType("Actor").filter((id) => {
    const a = store.node(id)!.attributes as ActorAttributes;
    if (a.actorType !== "person") return false;
    const parts = normalizeName(a.name).split(" ");
    return parts.at(-1) === surname || (parts.length >= 3 && parts[0] === surname);
  });
}

const onlyOne = (ids: readonly string[]): string | undefined => (ids.length === 1 ? ids[0] : undefined);

/** Rewrites the delta's actor ids to the store's nodes for the same actors; everything else is kept. */
export function resolveAcrossArticles(delta: GraphDelta, store: MemoryStore): GraphDelta {
  const rename = new Map<string, string>();
  for (const node of delta.nodes) {
    if (node.attributes.type !== "Actor" || store.node(node.id)) continue;
    const target = findSameActor(node.attributes, store);
    if (target && target !== node.id) rename.set(node.id, target);
  }
  if (!rename.size) return delta;
  const to = (id: string) => rename.get(id) ?? id;
  const nodes = new Map<string, NodeRecord>();
  for (const node of delta.nodes) {
    const id = to(node.id);
    const existing = nodes.get(id);
    nodes.set(id, { id, attributes: existing ? mergeNodeAttributes(existing.attributes, node.attributes, id) : node.attributes });
  }
  const edges = new Map<string, EdgeRecord>();
  for (const edge of delta.edges) {
    const rewritten: EdgeRecord = { ...edge, source: to(edge.source), target: to(edge.target) };
    if (rewritten.source === rewritten.target) continue;
    const key = keyOfEdge(rewritten);
    const existing = edges.get(key);
    edges.set(key, existing ? { ...rewritten, attributes: mergeEdgeAttributes(existing.attributes, rewritten.attributes, key) } : rewritten);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sortedEdges = [...edges.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  return { article: delta.article, nodes: [...nodes.values()].sort(byId), edges: sortedEdges };
}
