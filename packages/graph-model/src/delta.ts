// A GraphDelta is what the extractor emits for one article: its nodes and edges, each with provenance.
import {
  EdgeAttributesSchema,
  EdgeEndpoints,
  EdgeTypesKeyedByRole,
  NodeAttributesSchema,
  NodeIdPrefixes,
  NodeTypesWithProvenance,
  type EdgeAttributes,
  type EdgeType,
  type NodeAttributes,
  type NodeType,
} from "./schema/generated";
import { edgeKey } from "./ids";
import { mergeEdgeAttributes, mergeNodeAttributes } from "./merge";

export interface NodeRecord<A extends NodeAttributes = NodeAttributes> {
  id: string;
  attributes: A;
}

export interface EdgeRecord<A extends EdgeAttributes = EdgeAttributes> {
  source: string;
  target: string;
  attributes: A;
}

export interface GraphDelta {
  /** The article id every provenance span of this delta points into. */
  article: string;
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export class InvalidDeltaError extends Error {
  constructor(article: string, readonly problems: string[]) {
    super(`invalid graph delta for article ${article}: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ""}`);
    this.name = "InvalidDeltaError";
  }
}

/** The key an edge record is stored under. */
export function keyOfEdge(edge: EdgeRecord): string {
  const role = (EdgeTypesKeyedByRole as readonly string[]).includes(edge.attributes.type)
    ? (edge.attributes as { role?: string }).role
    : undefined;
  return edgeKey(edge.attributes.type, edge.source, edge.target, role);
}

const typeOfPrefix = new Map(Object.entries(NodeIdPrefixes).map(([type, prefix]) => [prefix as string, type as NodeType]));

export function nodeTypeOfId(id: string): NodeType | undefined {
  return typeOfPrefix.get(id.slice(0, id.indexOf(":")));
}

const zodProblems = (what: string, error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((i) => `${what}: ${i.path.map(String).join(".") || "(root)"} ${i.message}`);

/** Checks a node record against the schema; returns the problems found (empty when valid). */
export function nodeProblems(node: NodeRecord, article?: string): string[] {
  const parsed = NodeAttributesSchema.safeParse(node.attributes);
  if (!parsed.success) return zodProblems(`node ${node.id}`, parsed.error);
  const problems: string[] = [];
  if (nodeTypeOfId(node.id) !== node.attributes.type) problems.push(`node ${node.id}: id prefix does not match type ${node.attributes.type}`);
  const provenance = (node.attributes as { provenance?: { article: string }[] }).provenance;
  if ((NodeTypesWithProvenance as readonly string[]).includes(node.attributes.type) && !provenance?.length) {
    problems.push(`node ${node.id}: no provenance`);
  }
  if (article && provenance?.some((p) => p.article !== article)) problems.push(`node ${node.id}: provenance outside article ${article}`);
  return problems;
}

// Built only when there is a problem to report: naming every valid edge would cost more than checking it.
const edgeLabel = (edge: EdgeRecord) => `edge ${edge.attributes?.type} ${edge.source} -> ${edge.target}`;

/** Checks an edge record against the schema and, where the endpoint types are known, its endpoints. */
export function edgeProblems(edge: EdgeRecord, typeOf: (id: string) => NodeType | undefined, article?: string): string[] {
  const parsed = EdgeAttributesSchema.safeParse(edge.attributes);
  if (!parsed.success) return zodProblems(edgeLabel(edge), parsed.error);
  const problems: string[] = [];
  const ends = EdgeEndpoints[edge.attributes.type as EdgeType];
  const from = typeOf(edge.source), to = typeOf(edge.target);
  if (!from) problems.push(`${edgeLabel(edge)}: source does not exist`);
  else if (!(ends.from as readonly string[]).includes(from)) problems.push(`${edgeLabel(edge)}: source is a ${from}, expected ${ends.from.join(" or ")}`);
  if (!to) problems.push(`${edgeLabel(edge)}: target does not exist`);
  else if (!(ends.to as readonly string[]).includes(to)) problems.push(`${edgeLabel(edge)}: target is a ${to}, expected ${ends.to.join(" or ")}`);
  if (article && edge.attributes.provenance.some((p) => p.article !== article)) problems.push(`${edgeLabel(edge)}: provenance outside article ${article}`);
  return problems;
}

/**
 * Collects the nodes and edges of one article; adding a node or edge twice merges the two records,
 * so stages can add what they find without checking what is there.
 */
export class DeltaBuilder {
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly edges = new Map<string, EdgeRecord>();

  constructor(readonly article: string) {}

  addNode<A extends NodeAttributes>(id: string, attributes: A): string {
    const existing = this.nodes.get(id);
    this.nodes.set(id, { id, attributes: existing ? mergeNodeAttributes(existing.attributes, attributes, id) : attributes });
    return id;
  }

  addEdge<A extends EdgeAttributes>(source: string, target: string, attributes: A): string {
    const record: EdgeRecord = { source, target, attributes };
    const key = keyOfEdge(record);
    const existing = this.edges.get(key);
    this.edges.set(key, existing ? { ...record, attributes: mergeEdgeAttributes(existing.attributes, attributes, key) } : record);
    return key;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  getNode(id: string): NodeRecord | undefined {
    return this.nodes.get(id);
  }

  /** The delta, sorted by id and key so that equal input gives equal output. */
  build(): GraphDelta {
    const nodes = [...this.nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const edges = [...this.edges.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
    return { article: this.article, nodes, edges };
  }
}

/** Validates a whole delta on its own (edges may point to nodes outside it when `knownType` knows them). */
export function validateDelta(delta: GraphDelta, knownType: (id: string) => NodeType | undefined = () => undefined): string[] {
  const types = new Map(delta.nodes.map((n) => [n.id, n.attributes?.type as NodeType]));
  const problems = delta.nodes.flatMap((n) => nodeProblems(n, delta.article));
  for (const e of delta.edges) problems.push(...edgeProblems(e, (id) => types.get(id) ?? knownType(id), delta.article));
  return problems;
}
