// The read queries of Neo4jStore. Pure strings: labels and types from the schema, values as parameters.
// Each query lists its parameters so that tests lint it with exactly those declared.
import { EdgeEndpoints, EdgeTypes, NodeTypes, type NodeType } from "../schema/generated";
import type { Direction } from "../store/types";
import { hasName } from "./properties";

export interface ReadQuery {
  text: string;
  /** Parameter names with a sample value (for linting and documentation). */
  params: Record<string, unknown>;
}

const anyLabel = (v: string, labels: readonly string[] = NodeTypes) => `(${labels.map((l) => `${v}:${l}`).join(" OR ")})`;

export const nodeById = (label: NodeType): ReadQuery => ({
  text: `MATCH (n:${label} {id: $id}) RETURN properties(n) AS p`,
  params: { id: "actor:x" },
});

export const nodesByIds = (label: NodeType): ReadQuery => ({
  text: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN properties(n) AS p`,
  params: { ids: ["actor:x"] },
});

// Relationship patterns name the schema's types: a database may hold other data, whose relationships
// must neither be read (they have no newsgraph form) nor traversed.
const SCHEMA_TYPES = EdgeTypes.join("|");
const PATTERNS: Record<Direction, string> = { out: `-[r:${SCHEMA_TYPES}]->`, in: `<-[r:${SCHEMA_TYPES}]-`, both: `-[r:${SCHEMA_TYPES}]-` };

/** Whether a node of `label` can have relationships in `direction` at all (Articles have no outgoing ones). */
export function hasEdges(label: NodeType, direction: Direction): boolean {
  const ends = Object.values(EdgeEndpoints);
  const out = ends.some((e) => (e.from as readonly string[]).includes(label));
  const inc = ends.some((e) => (e.to as readonly string[]).includes(label));
  return direction === "out" ? out : direction === "in" ? inc : out || inc;
}

/** Edges at a node, with the node at the other end; `$types`/`$nodeTypes` null means any. */
export const edgesAt = (label: NodeType, direction: Direction): ReadQuery => ({
  text:
    `MATCH (n:${label} {id: $id})${PATTERNS[direction]}(m)\n` +
    "WHERE ($types IS NULL OR type(r) IN $types) AND ($nodeTypes IS NULL OR any(l IN labels(m) WHERE l IN $nodeTypes))\n" +
    "RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, properties(r) AS p, labels(m) AS labels, properties(m) AS mp",
  params: { id: "actor:x", types: ["SAID"], nodeTypes: ["Statement"] },
});

export const nodesOfLabel = (label: NodeType): ReadQuery => ({
  text: `MATCH (n:${label}) RETURN properties(n) AS p ORDER BY n.id`,
  params: {},
});

/** Nodes whose normalized name or alias is `$key` (only labels with a name hold `nameKeys`). */
export const nodesByNameKey = (label?: NodeType): ReadQuery => ({
  text: label
    ? `MATCH (n:${label}) WHERE $key IN n.nameKeys RETURN labels(n) AS labels, properties(n) AS p`
    : `MATCH (n) WHERE ${anyLabel("n", NodeTypes.filter(hasName))} AND $key IN n.nameKeys RETURN labels(n) AS labels, properties(n) AS p`,
  params: { key: "kyiv" },
});

export const nodesOfArticle = (): ReadQuery => ({
  text:
    `MATCH (n) WHERE ${anyLabel("n")} AND ($article IN n.articles OR (n:Article AND n.name = $article))\n` +
    "RETURN labels(n) AS labels, properties(n) AS p",
  params: { article: "a.txt" },
});

/** One hop of an ego network from the frontier nodes of one label. */
export const nextHop = (label: NodeType): ReadQuery => ({
  text: `UNWIND $ids AS fid MATCH (a:${label} {id: fid})-[r:${SCHEMA_TYPES}]-(b) WHERE $types IS NULL OR type(r) IN $types RETURN DISTINCT b.id AS id`,
  params: { ids: ["actor:x"], types: null },
});

/** Relationships leaving the `$ids` nodes of one label that end in `$all`. */
export const edgesAmong = (label: NodeType): ReadQuery => ({
  text:
    `UNWIND $ids AS sid MATCH (s:${label} {id: sid})-[r:${SCHEMA_TYPES}]->(t) WHERE t.id IN $all AND type(r) IN $edgeTypes\n` +
    "RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS p",
  params: { ids: ["actor:x"], all: ["actor:x"], edgeTypes: [...EdgeTypes] },
});

export const allNodes = (): ReadQuery => ({
  text: `MATCH (n) WHERE ${anyLabel("n")} RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id`,
  params: {},
});

export const allEdges = (): ReadQuery => ({
  text:
    "MATCH (s)-[r]->(t) WHERE type(r) IN $edgeTypes AND r.key IS NOT NULL\n" +
    "RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS p ORDER BY r.key",
  params: { edgeTypes: [...EdgeTypes] },
});

/** Node and relationship counts per label and type, in one statement. */
export const countsQuery = (): ReadQuery => ({
  text: [
    ...NodeTypes.map((l) => `MATCH (n:${l}) RETURN 'node' AS kind, '${l}' AS name, count(n) AS c`),
    ...EdgeTypes.map((t) => `MATCH ()-[r:${t}]->() RETURN 'edge' AS kind, '${t}' AS name, count(r) AS c`),
  ].join("\nUNION ALL\n"),
  params: {},
});

/** Which of `$ids` (of one label) exist. */
export const existingIds = (label: NodeType): ReadQuery => ({
  text: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`,
  params: { ids: ["actor:x"] },
});

/** Nodes by element id: the endpoints of relationships a user's query returned without their nodes. */
export const nodesByElementIds = (): ReadQuery => ({
  text: "MATCH (n) WHERE elementId(n) IN $eids RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS p",
  params: { eids: ["4:x:1"] },
});

/** Every query the store can send, for tests. */
export function allReadQueries(): ReadQuery[] {
  const directions: Direction[] = ["out", "in", "both"];
  return [
    ...NodeTypes.flatMap((l) => [nodeById(l), nodesByIds(l), ...directions.filter((d) => hasEdges(l, d)).map((d) => edgesAt(l, d)), nodesOfLabel(l), nodesByNameKey(l), nextHop(l), ...(hasEdges(l, "out") ? [edgesAmong(l)] : []), existingIds(l)]),
    nodesByNameKey(), nodesOfArticle(), allNodes(), allEdges(), countsQuery(), nodesByElementIds(),
  ];
}
