// Takes articles out of a graph, so that a changed article can be extracted again from its new text
// without its old mentions pointing at offsets that no longer hold. Mentions from other articles stay;
// a node or edge is dropped only when it has no mention left.
import { makeSerializedGraph, type Provenance, type SerializedGraph, type SerializedNode } from "@newsgraph/graph-model";

export function removeArticles(graph: SerializedGraph, articles: ReadonlySet<string>): SerializedGraph {
  if (!articles.size) return graph;
  const keep = (provenance: readonly Provenance[]) => provenance.filter((p) => !articles.has(p.article));
  const nodes: SerializedNode[] = [];
  for (const node of graph.nodes) {
    const a = node.attributes;
    if (a.type === "Article") {
      if (!articles.has(a.name)) nodes.push(node);
      continue;
    }
    const provenance = keep(a.provenance);
    if (provenance.length) nodes.push({ key: node.key, attributes: { ...a, provenance } });
  }
  const kept = new Set(nodes.map((n) => n.key));
  const edges = graph.edges.flatMap((edge) => {
    if (!kept.has(edge.source) || !kept.has(edge.target)) return [];
    const provenance = keep(edge.attributes.provenance);
    if (!provenance.length && edge.attributes.provenance.length) return [];
    return [{ ...edge, attributes: { ...edge.attributes, provenance } }];
  });
  return makeSerializedGraph(nodes, edges, graph.attributes);
}
