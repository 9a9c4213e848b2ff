// The contract every store honours: the memory store always, the Neo4j store whenever a server is set.
// Results come sorted by id (or key) so that the same graph answers the same way on every store.
import type { EdgeAttributes, EdgeType, NodeAttributesOf, NodeType } from "../schema/generated";
import type { GraphDelta } from "../delta";
import type { SerializedGraph } from "../serialize";

export interface StoredNode<T extends NodeType = NodeType> {
  id: string;
  attributes: NodeAttributesOf<T>;
}

export interface StoredEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export type Direction = "out" | "in" | "both";

export interface NeighborQuery {
  edgeType?: EdgeType | readonly EdgeType[];
  direction?: Direction;
  nodeType?: NodeType | readonly NodeType[];
}

export interface SubgraphQuery {
  /** The ego network: every node within `hops` edges of `id` (either direction), and the edges among them. */
  ego?: { id: string; hops: number; edgeTypes?: readonly EdgeType[] };
  /** Or a node set, with the edges among them. */
  nodes?: readonly string[];
}

export interface ApplyResult {
  nodesCreated: number;
  nodesUpdated: number;
  edgesCreated: number;
  edgesUpdated: number;
}

export interface GraphCounts {
  nodes: Partial<Record<NodeType, number>>;
  edges: Partial<Record<EdgeType, number>>;
  totalNodes: number;
  totalEdges: number;
}

export interface GraphStore {
  readonly kind: string;
  /** Applies one article's delta: new records are added, existing ones merged (see merge.ts). */
  apply(delta: GraphDelta): Promise<ApplyResult>;
  getNode(id: string): Promise<StoredNode | undefined>;
  neighbors(id: string, query?: NeighborQuery): Promise<StoredNode[]>;
  edgesOf(id: string, query?: NeighborQuery): Promise<StoredEdge[]>;
  findByType<T extends NodeType>(type: T): Promise<StoredNode<T>[]>;
  /** Nodes whose normalized name or alias equals the normalized `name`. */
  findByName(name: string, options?: { type?: NodeType }): Promise<StoredNode[]>;
  /** Nodes with a mention in the article (and the Article node itself). */
  findByArticle(articleId: string): Promise<StoredNode[]>;
  subgraph(query: SubgraphQuery): Promise<SerializedGraph>;
  nodes(): AsyncIterable<StoredNode>;
  edges(): AsyncIterable<StoredEdge>;
  counts(): Promise<GraphCounts>;
  /** The whole graph in the contract's JSON form, deterministically ordered. */
  export(): Promise<SerializedGraph>;
  close(): Promise<void>;
}
