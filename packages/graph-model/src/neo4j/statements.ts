// The Cypher the project writes: schema (constraints and indexes), batch upserts, and the plan that
// cuts a graph into batches. Pure strings: labels, types and property keys come from the schema,
// every value from `$rows` (or, in an offline script, a literal list in its place).
//
// Merging follows merge.ts exactly, in plain Cypher (no APOC):
// - scalars keep the stored value unless it is unset ('' or 'unknown') and the row brings one;
// - aliases, roles, statusHistory, provenance, articles and nameKeys are unions (stored + new items);
//   the store sorts lists when it reads them back, as the memory store keeps them sorted;
// - an incoming name that differs from the kept name becomes an alias (labels with aliases only);
// - counts keep the maximum per kind.
// Applying the same rows twice changes nothing, so `updated` counts only real changes.
import { EdgeEndpoints, EdgeTypes, NodeTypes, type EdgeType, type NodeType } from "../schema/generated";
import { edgePropertyKinds, labelOfId, nodePropertyKinds, nodeToRow, edgeToEndpointRow, type PropertyKind, type PropertyRow } from "./properties";
import type { SerializedEdge, SerializedNode } from "../serialize";

export const DEFAULT_BATCH_SIZE = 5000;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Guards the one place where names enter Cypher text: they must be schema identifiers. */
function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a schema identifier: ${JSON.stringify(name)}`);
  return name;
}

/**
 * Indexes besides the id constraints: only those a query of the store or of the query API seeks by
 * (`actors({type})`, article texts by name). Every other index would cost each write for no read; a
 * MERGE of a relationship starts from its two endpoints, found through their id constraints.
 */
const NODE_INDEXES: readonly [name: string, label: NodeType, key: string][] = [
  ["actor_type", "Actor", "actorType"],
  ["article_name", "Article", "name"],
];

/** Constraints and indexes, in the order `newsgraph neo4j init` applies them (graph-schema/neo4j/constraints.cypher). */
export function schemaStatements(): string[] {
  const constraints = NodeTypes.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${ident(label)}) REQUIRE n.id IS UNIQUE`,
  );
  const indexes = NODE_INDEXES.map(
    ([name, label, key]) => `CREATE INDEX ${ident(name)} IF NOT EXISTS FOR (n:${ident(label)}) ON (n.${ident(key)})`,
  );
  return [...constraints, ...indexes];
}

/** The text of graph-schema/neo4j/constraints.cypher (a test keeps the file equal to it). */
export function schemaScript(): string {
  return [
    "// Constraints and indexes for newsgraph in Neo4j 5, generated from graph-schema/schema.json by",
    "// packages/graph-model/src/neo4j/statements.ts (a test keeps this file equal). Applied by `newsgraph neo4j init`.",
    "// A uniqueness constraint on `id` for every node label, and the two indexes a query seeks by.",
    ...schemaStatements().map((s) => `${s};`),
    "",
  ].join("\n");
}

const unset = (v: string) => `(${v} IS NULL OR ${v} IN ['', 'unknown'])`;
/**
 * The stored list plus the incoming items it lacks, in one concatenation (a `reduce` that appends one
 * item at a time copies the whole list per item: quadratic on hub nodes with long provenance lists).
 * Incoming lists hold no repeats (the memory store's lists are sets).
 */
const union = (stored: string, incoming: string) =>
  `coalesce(${stored}, []) + [x IN ${incoming} WHERE NOT x IN coalesce(${stored}, [])]`;

function mergeExpression(key: string, kind: PropertyKind): string {
  const row = `row.${key}`, old = `before.${key}`;
  switch (kind) {
    case "string":
      return `CASE WHEN ${row} IS NOT NULL AND ${unset(old)} THEN ${row} ELSE ${old} END`;
    case "integer":
      return `CASE WHEN ${row} IS NULL THEN ${old} WHEN ${old} IS NULL OR ${row} > ${old} THEN ${row} ELSE ${old} END`;
    case "string[]":
    case "spans":
      return `CASE WHEN ${row} IS NULL THEN ${old} ELSE ${union(old, row)} END`;
  }
}

/** Aliases: the union, plus an incoming name that lost to the kept one, minus the kept name. */
const ALIASES = `[x IN ${union("before.aliases", "coalesce(row.aliases, []) + CASE WHEN row.name IS NOT NULL AND row.name <> name THEN [row.name] ELSE [] END")} WHERE x <> name]`;
/** An optional aliases list appears only once there is an alias (as merge.ts keeps it). */
const SET_ALIASES = "n.aliases = CASE WHEN size(aliases) = 0 AND before.aliases IS NULL AND row.aliases IS NULL THEN null ELSE aliases END";

const CHANGE_COUNTS = (v: string) =>
  `RETURN count(*) AS rows, count(CASE WHEN size(keys(before)) = 1 THEN 1 END) AS created, ` +
  `count(CASE WHEN size(keys(before)) > 1 AND properties(${v}) <> before THEN 1 END) AS updated`;

export interface UpsertOptions {
  /** Where the rows come from: `$rows` for the driver, a literal list in an offline script. */
  rows?: string;
  /** Whether the statement returns rows/created/updated (the driver path reads them). */
  returnCounts?: boolean;
}

/** One statement that upserts a batch of nodes of one label. */
export function nodeUpsertStatement(label: NodeType, options: UpsertOptions = {}): string {
  const kinds = nodePropertyKinds(label);
  const keys = new Set(kinds.map(([k]) => k));
  const sets = kinds
    .filter(([key]) => key !== "name" && key !== "aliases")
    .map(([key, kind]) => `n.${ident(key)} = ${mergeExpression(key, kind)}`);
  const lines = [
    `UNWIND ${options.rows ?? "$rows"} AS row`,
    `MERGE (n:${ident(label)} {id: row.id})`,
    "WITH n, row, properties(n) AS before",
  ];
  if (keys.has("name")) {
    lines.push(`WITH n, row, before, ${mergeExpression("name", "string")} AS name`);
    if (keys.has("aliases")) lines.push(`WITH n, row, before, name, ${ALIASES} AS aliases`);
    sets.unshift("n.name = name", ...(keys.has("aliases") ? [SET_ALIASES] : []));
  }
  lines.push(`SET ${sets.join(",\n    ")}`);
  if (options.returnCounts !== false) lines.push(CHANGE_COUNTS("n"));
  return lines.join("\n");
}

/** One statement that upserts a batch of relationships of one type between two labels. */
export function edgeUpsertStatement(type: EdgeType, from: NodeType, to: NodeType, options: UpsertOptions = {}): string {
  const sets = edgePropertyKinds(type).map(([key, kind]) => `r.${ident(key)} = ${mergeExpression(key, kind)}`);
  const lines = [
    `UNWIND ${options.rows ?? "$rows"} AS row`,
    `MATCH (s:${ident(from)} {id: row.source})`,
    `MATCH (t:${ident(to)} {id: row.target})`,
    `MERGE (s)-[r:${ident(type)} {key: row.key}]->(t)`,
    "WITH r, row, properties(r) AS before",
    `SET ${sets.join(",\n    ")}`,
  ];
  if (options.returnCounts !== false) lines.push(CHANGE_COUNTS("r"));
  return lines.join("\n");
}

export interface WriteBatch {
  kind: "nodes" | "edges";
  /** Node label, or `TYPE` with its endpoint labels (`SAID Actor->Statement`). */
  target: string;
  label?: NodeType;
  edge?: { type: EdgeType; from: NodeType; to: NodeType };
  rows: PropertyRow[];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Cuts nodes and edges into batches: nodes first (one group per label), then edges (one group per type
 * and endpoint labels, so that both endpoints are found through their label's id constraint).
 * Within a batch every id (or key) appears once.
 */
export function planBatches(nodes: readonly SerializedNode[], edges: readonly SerializedEdge[], batchSize = DEFAULT_BATCH_SIZE): WriteBatch[] {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch size must be a positive integer, got ${batchSize}`);
  const seen = new Set<string>();
  const once = (kind: string, id: string) => {
    if (seen.has(id)) throw new Error(`${kind} ${id} appears twice in one write: merge the records first`);
    seen.add(id);
  };
  const byLabel = new Map<NodeType, PropertyRow[]>();
  for (const node of nodes) {
    const label = node.attributes.type;
    if (labelOfId(node.key) !== label) throw new Error(`node ${node.key}: its id prefix does not match its type ${label}`);
    once("node", node.key);
    let rows = byLabel.get(label);
    if (!rows) byLabel.set(label, (rows = []));
    rows.push(nodeToRow(node.key, node.attributes));
  }
  seen.clear();
  const byEndpoints = new Map<string, { type: EdgeType; from: NodeType; to: NodeType; rows: PropertyRow[] }>();
  for (const edge of edges) {
    const type = edge.attributes.type;
    const from = labelOfId(edge.source), to = labelOfId(edge.target);
    const ends = EdgeEndpoints[type];
    if (!from || !(ends.from as readonly string[]).includes(from) || !to || !(ends.to as readonly string[]).includes(to)) {
      throw new Error(`edge ${edge.key}: ${type} cannot join ${edge.source} to ${edge.target}`);
    }
    once("edge", edge.key);
    const group = `${type} ${from}->${to}`;
    let entry = byEndpoints.get(group);
    if (!entry) byEndpoints.set(group, (entry = { type, from, to, rows: [] }));
    entry.rows.push(edgeToEndpointRow(edge));
  }
  const batches: WriteBatch[] = [];
  for (const label of NodeTypes) {
    for (const rows of chunk(byLabel.get(label) ?? [], batchSize)) batches.push({ kind: "nodes", target: label, label, rows });
  }
  for (const [target, { type, from, to, rows }] of [...byEndpoints].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const part of chunk(rows, batchSize)) batches.push({ kind: "edges", target, edge: { type, from, to }, rows: part });
  }
  return batches;
}

/** The statement that writes a batch. */
export function statementOf(batch: WriteBatch, options: UpsertOptions = {}): string {
  return batch.kind === "nodes" ? nodeUpsertStatement(batch.label!, options) : edgeUpsertStatement(batch.edge!.type, batch.edge!.from, batch.edge!.to, options);
}
