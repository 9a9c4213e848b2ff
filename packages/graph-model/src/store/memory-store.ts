// The embedded default store: a graphology multi-graph plus indexes by type, by normalized name and
// alias, and by article.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, EdgeType, NodeAttributes, NodeType } from "../schema/generated";
import { InvalidDeltaError, keyOfEdge, validateDelta, type GraphDelta } from "../delta";
import { mergeAddsNothing, mergeEdgeInto, mergeNodeInto, normalizeEdgeAttributes, normalizeNodeAttributes, ownedCopy } from "../merge";
import { normalizeName } from "../names";
import { defaultGraphAttributes, makeSerializedGraph, type GraphAttributes, type SerializedEdge, type SerializedGraph, type SerializedNode } from "../serialize";
import type { ApplyResult, GraphCounts, GraphStore, NeighborQuery, StoredEdge, StoredNode, SubgraphQuery } from "./types";

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

class SetIndex {
  private readonly map = new Map<string, Set<string>>();
  add(key: string, id: string): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(id);
  }
  get(key: string): ReadonlySet<string> {
    return this.map.get(key) ?? EMPTY;
  }
}
const EMPTY: ReadonlySet<string> = new Set();

/**
 * graphology keeps each node's neighbours in plain objects keyed by the neighbour's id. V8 gives such an
 * object a new hidden class for every key added, which made adding edges most of the cost of loading and
 * applying (profiled: EdgeData.attachMulti). An object that has had a property deleted is kept as a hash
 * table instead, where adding a key is cheap: about twice as fast overall for 500k edges. Uses graphology's
 * internal node table; if that ever changes, this does nothing and only speed is lost.
 */
function hashAdjacency(graph: NewsGraph, id: string): void {
  const data = (graph as unknown as { _nodes?: Map<string, { in?: unknown; out?: unknown }> })._nodes?.get(id);
  for (const adjacency of [data?.in, data?.out]) {
    if (typeof adjacency !== "object" || adjacency === null) continue;
    const table = adjacency as Record<string, unknown>;
    table[" a"] = table[" b"] = 0;
    delete table[" a"];
    delete table[" b"];
  }
}

const sortIds = (ids: Iterable<string>) => [...ids].sort();
const asList = <T>(x: T | readonly T[] | undefined): readonly T[] | undefined => (x === undefined ? undefined : Array.isArray(x) ? x : [x as T]);

function namesOf(attributes: NodeAttributes): string[] {
  const a = attributes as { name?: string; aliases?: string[] };
  return a.aliases?.length ? [a.name ?? "", ...a.aliases].filter(Boolean) : a.name ? [a.name] : [];
}

function articlesOf(attributes: NodeAttributes): string[] {
  if (attributes.type === "Article") return [attributes.name];
  const provenance = attributes.provenance;
  // Most records come from one article: skip building a set for them.
  if (provenance.every((p) => p.article === provenance[0]!.article)) return provenance.length ? [provenance[0]!.article] : [];
  return [...new Set(provenance.map((p) => p.article))];
}

export class MemoryStore implements GraphStore {
  readonly kind = "memory";
  readonly graph: NewsGraph;
  private readonly byType = new SetIndex();
  private readonly byName = new SetIndex();
  private readonly byArticle = new SetIndex();
  // Names recur across articles (a popular actor in every one): normalize each spelling once.
  private readonly nameKeys = new Map<string, string>();
  // Records this store made itself and shares with no one: merges change them in place (see merge.ts
  // mergeNodeInto). A record it was given (fromSerialized) or has handed out in an export is copied once,
  // on its first merge, so that no caller sees its records change.
  private owned = new WeakSet<object>();

  constructor(attributes: GraphAttributes = defaultGraphAttributes()) {
    this.graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
    this.graph.replaceAttributes(attributes);
  }

  /** A store holding a serialized graph (already validated by parseGraph). */
  static fromSerialized(serialized: SerializedGraph): MemoryStore {
    const store = new MemoryStore({ ...defaultGraphAttributes(), ...serialized.attributes });
    for (const node of serialized.nodes) store.loadNode(node);
    for (const edge of serialized.edges) store.loadEdge(edge);
    return store;
  }

  /**
   * Adds a node read from a checked graph file, as it is (see GraphRecordChecker): how a file is streamed
   * into a store without a list of its records in between. The record is shared until its first merge.
   */
  loadNode(node: SerializedNode): void {
    this.graph.addNode(node.key, node.attributes);
    hashAdjacency(this.graph, node.key);
    this.byType.add(node.attributes.type, node.key);
    this.index(node.key, node.attributes);
  }

  /** Adds an edge read from a checked graph file; its ends must be loaded already. */
  loadEdge(edge: SerializedEdge): void {
    this.graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }

  /** Indexes a record's names and articles (its type is indexed once, when the node is added). */
  private index(id: string, attributes: NodeAttributes): void {
    for (const name of namesOf(attributes)) this.byName.add(this.nameKey(name), id);
    for (const article of articlesOf(attributes)) this.byArticle.add(article, id);
  }

  private nameKey(name: string): string {
    let key = this.nameKeys.get(name);
    if (key === undefined) this.nameKeys.set(name, (key = normalizeName(name)));
    return key;
  }

  private typeOf = (id: string): NodeType | undefined =>
    this.graph.hasNode(id) ? this.graph.getNodeAttributes(id).type : undefined;

  /**
   * Synchronous apply, for callers that hold the store in memory (build, benchmarks). Every delta is
   * checked against the schema and the graph first (InvalidDeltaError, nothing applied) unless the caller
   * passes `{ validate: false }`: only for deltas this process built itself and already trusts (built with
   * DeltaBuilder from validated records, or checked with validateDelta), never for input read from outside.
   */
  applySync(delta: GraphDelta, options: { validate?: boolean } = {}): ApplyResult {
    if (options.validate !== false) this.check(delta);
    const result: ApplyResult = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
    for (const { id, attributes } of delta.nodes) {
      if (!this.graph.hasNode(id)) {
        const record = this.own(normalizeNodeAttributes(attributes, id));
        this.graph.addNode(id, record);
        hashAdjacency(this.graph, id);
        this.byType.add(record.type, id);
        this.index(id, record);
        result.nodesCreated++;
        continue;
      }
      const existing = this.graph.getNodeAttributes(id);
      // Exact for a stored record (merge.test checks it against the merge), so past it the merge changes something.
      if (mergeAddsNothing(existing, attributes)) continue;
      mergeNodeInto(this.owned.has(existing) ? existing : this.replaceNode(id, existing), attributes, id);
      // Merges only add names and mentions (see merge.ts), so indexing what the incoming record brings
      // keeps every index whole without walking a popular node's long provenance again.
      this.index(id, attributes);
      result.nodesUpdated++;
    }
    for (const edge of delta.edges) {
      const key = keyOfEdge(edge);
      if (!this.graph.hasEdge(key)) {
        this.graph.addDirectedEdgeWithKey(key, edge.source, edge.target, this.own(normalizeEdgeAttributes(edge.attributes, key)));
        result.edgesCreated++;
        continue;
      }
      const existing = this.graph.getEdgeAttributes(key);
      if (mergeAddsNothing(existing, edge.attributes)) continue;
      mergeEdgeInto(this.owned.has(existing) ? existing : this.replaceEdge(key, existing), edge.attributes, key);
      result.edgesUpdated++;
    }
    return result;
  }

  /** A copy of a record that this store alone holds, so that merges may change it in place. */
  private own<T extends NodeAttributes | EdgeAttributes>(record: T): T {
    const copy = ownedCopy(record);
    this.owned.add(copy);
    return copy;
  }

  private replaceNode(id: string, record: NodeAttributes): NodeAttributes {
    const copy = this.own(record);
    this.graph.replaceNodeAttributes(id, copy);
    return copy;
  }

  private replaceEdge(key: string, record: EdgeAttributes): EdgeAttributes {
    const copy = this.own(record);
    this.graph.replaceEdgeAttributes(key, copy);
    return copy;
  }

  /** After records are handed out in a serialized graph (which shares their lists), none is changed in place again. */
  private disown(): void {
    this.owned = new WeakSet();
  }

  private check(delta: GraphDelta): void {
    const problems = validateDelta(delta, this.typeOf);
    for (const n of delta.nodes) {
      const existing = this.typeOf(n.id);
      if (existing && n.attributes && existing !== n.attributes.type) problems.push(`node ${n.id}: is a ${existing} in the graph, a ${n.attributes.type} in the delta`);
    }
    if (problems.length) throw new InvalidDeltaError(delta.article, problems);
  }

  async apply(delta: GraphDelta): Promise<ApplyResult> {
    return this.applySync(delta);
  }

  node(id: string): StoredNode | undefined {
    return this.graph.hasNode(id) ? { id, attributes: this.graph.getNodeAttributes(id) } : undefined;
  }

  async getNode(id: string): Promise<StoredNode | undefined> {
    return this.node(id);
  }

  /** Edges at a node, filtered and sorted by key. */
  edgesAt(id: string, query: NeighborQuery = {}): StoredEdge[] {
    if (!this.graph.hasNode(id)) return [];
    const types = asList(query.edgeType);
    const nodeTypes = asList(query.nodeType);
    const direction = query.direction ?? "both";
    const keys = direction === "out" ? this.graph.outEdges(id) : direction === "in" ? this.graph.inEdges(id) : this.graph.edges(id);
    const out: StoredEdge[] = [];
    for (const key of keys) {
      const attributes = this.graph.getEdgeAttributes(key);
      if (types && !types.includes(attributes.type)) continue;
      const source = this.graph.source(key), target = this.graph.target(key);
      if (nodeTypes) {
        const other = source === id ? target : source;
        if (!nodeTypes.includes(this.graph.getNodeAttributes(other).type)) continue;
      }
      out.push({ key, source, target, attributes });
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async edgesOf(id: string, query?: NeighborQuery): Promise<StoredEdge[]> {
    return this.edgesAt(id, query);
  }

  neighborsOf(id: string, query: NeighborQuery = {}): StoredNode[] {
    const ids = new Set(this.edgesAt(id, query).map((e) => (e.source === id ? e.target : e.source)));
    return sortIds(ids).map((n) => this.node(n)!);
  }

  async neighbors(id: string, query?: NeighborQuery): Promise<StoredNode[]> {
    return this.neighborsOf(id, query);
  }

  idsOfType(type: NodeType): string[] {
    return sortIds(this.byType.get(type));
  }

  async findByType<T extends NodeType>(type: T): Promise<StoredNode<T>[]> {
    return this.idsOfType(type).map((id) => this.node(id) as StoredNode<T>);
  }

  idsByName(name: string, type?: NodeType): string[] {
    const ids = sortIds(this.byName.get(normalizeName(name)));
    return type ? ids.filter((id) => this.graph.getNodeAttributes(id).type === type) : ids;
  }

  async findByName(name: string, options: { type?: NodeType } = {}): Promise<StoredNode[]> {
    return this.idsByName(name, options.type).map((id) => this.node(id)!);
  }

  idsInArticle(articleId: string): string[] {
    return sortIds(this.byArticle.get(articleId));
  }

  async findByArticle(articleId: string): Promise<StoredNode[]> {
    return this.idsInArticle(articleId).map((id) => this.node(id)!);
  }

  /** Ids within `hops` edges of `id`, following edges either way (optionally only some edge types). */
  egoIds(id: string, hops: number, edgeTypes?: readonly EdgeType[]): string[] {
    if (!this.graph.hasNode(id)) return [];
    const seen = new Set([id]);
    let frontier = [id];
    for (let depth = 0; depth < hops && frontier.length; depth++) {
      const next: string[] = [];
      for (const node of frontier) {
        this.graph.forEachEdge(node, (_key, attributes, source, target) => {
          if (edgeTypes && !edgeTypes.includes(attributes.type)) return;
          const other = source === node ? target : source;
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    return sortIds(seen);
  }

  /** The subgraph induced by a node set: the nodes and every edge between two of them. */
  induced(ids: Iterable<string>): SerializedGraph {
    this.disown();
    const keep = new Set([...ids].filter((id) => this.graph.hasNode(id)));
    const nodes = [...keep].map((key) => ({ key, attributes: this.graph.getNodeAttributes(key) }));
    const edges: SerializedGraph["edges"] = [];
    for (const id of keep) {
      this.graph.forEachOutEdge(id, (key, attributes, source, target) => {
        if (keep.has(target)) edges.push({ key, source, target, attributes });
      });
    }
    return makeSerializedGraph(nodes, edges, this.graph.getAttributes());
  }

  subgraphSync(query: SubgraphQuery): SerializedGraph {
    if (query.ego) return this.induced(this.egoIds(query.ego.id, query.ego.hops, query.ego.edgeTypes));
    return this.induced(query.nodes ?? []);
  }

  async subgraph(query: SubgraphQuery): Promise<SerializedGraph> {
    return this.subgraphSync(query);
  }

  async *nodes(): AsyncIterable<StoredNode> {
    for (const id of sortIds(this.graph.nodes())) yield this.node(id)!;
  }

  async *edges(): AsyncIterable<StoredEdge> {
    for (const key of sortIds(this.graph.edges())) {
      yield { key, source: this.graph.source(key), target: this.graph.target(key), attributes: this.graph.getEdgeAttributes(key) };
    }
  }

  countsSync(): GraphCounts {
    const counts: GraphCounts = { nodes: {}, edges: {}, totalNodes: this.graph.order, totalEdges: this.graph.size };
    this.graph.forEachNode((_k, a) => (counts.nodes[a.type] = (counts.nodes[a.type] ?? 0) + 1));
    this.graph.forEachEdge((_k, a) => (counts.edges[a.type] = (counts.edges[a.type] ?? 0) + 1));
    counts.nodes = Object.fromEntries(Object.entries(counts.nodes).sort());
    counts.edges = Object.fromEntries(Object.entries(counts.edges).sort());
    return counts;
  }

  async counts(): Promise<GraphCounts> {
    return this.countsSync();
  }

  exportSync(): SerializedGraph {
    this.disown();
    const nodes = this.graph.mapNodes((key, attributes) => ({ key, attributes }));
    const edges = this.graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes }));
    return makeSerializedGraph(nodes, edges, this.graph.getAttributes());
  }

  async export(): Promise<SerializedGraph> {
    return this.exportSync();
  }

  async close(): Promise<void> {}
}
