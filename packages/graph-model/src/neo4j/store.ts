// The GraphStore on a Neo4j server, cluster or Aura, through the official driver. Writes are the batch
// upserts of statements.ts, one managed write transaction (with the driver's retries) per batch; reads
// are the queries of queries.ts. Results come sorted by id or key, as the memory store gives them.
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { EdgeTypes, NodeTypes, type EdgeType, type NodeType } from "../schema/generated";
import { InvalidDeltaError, keyOfEdge, validateDelta, type GraphDelta } from "../delta";
import { normalizeName } from "../names";
import { defaultGraphAttributes, makeSerializedGraph, type SerializedEdge, type SerializedGraph, type SerializedNode } from "../serialize";
import type { ApplyResult, GraphCounts, GraphStore, NeighborQuery, StoredEdge, StoredNode, SubgraphQuery } from "../store/types";
import { edgeFromProperties, labelOfId, labelOfLabels, nodeFromProperties } from "./properties";
import { DEFAULT_BATCH_SIZE, planBatches, schemaStatements, statementOf, type WriteBatch } from "./statements";
import * as Q from "./queries";
import { describeNeo4jError, displayUri, emptyTally, Neo4jConnectionError, Neo4jWriteError, type WriteTally } from "./errors";

export interface Neo4jOptions {
  uri?: string;
  user?: string;
  password?: string;
  /** Database name (default: the server's default database). */
  database?: string;
  /** Rows per batch, one transaction each (default 5000). */
  batchSize?: number;
  /** How long the driver retries a failed transaction (ms, default 30000). */
  maxTransactionRetryTime?: number;
  /** How long connecting may take (ms, default 10000). */
  connectionTimeout?: number;
}

export interface ResolvedNeo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  batchSize: number;
}

/** Options from arguments, then NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. */
export function resolveNeo4jOptions(options: Neo4jOptions = {}, env: Record<string, string | undefined> = process.env): ResolvedNeo4jOptions {
  // An empty variable counts as unset (CI often exports NEO4J_URI="" when there is no server).
  const uri = options.uri ?? (env.NEO4J_URI || undefined);
  if (!uri) throw new Neo4jConnectionError("no Neo4j server given: pass --uri or set NEO4J_URI (e.g. neo4j://localhost:7687)");
  const password = options.password ?? (env.NEO4J_PASSWORD || undefined);
  if (password === undefined) throw new Neo4jConnectionError("no Neo4j password given: pass --password or set NEO4J_PASSWORD");
  const database = options.database ?? (env.NEO4J_DATABASE || undefined);
  const user = options.user ?? (env.NEO4J_USER || env.NEO4J_USERNAME || "neo4j");
  return { uri, user, password, database, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE };
}

export interface BatchProgress {
  done: number;
  total: number;
  batch: WriteBatch;
  tally: WriteTally;
}

export interface WriteOptions {
  batchSize?: number;
  onBatch?: (progress: BatchProgress) => void;
}

export interface WriteReport extends WriteTally {
  transactions: number;
  statements: number;
}

type Row = Record<string, unknown>;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const asList = <T>(x: T | readonly T[] | undefined): readonly T[] | null => (x === undefined ? null : Array.isArray(x) ? x : [x as T]);


function storedNode(label: NodeType, p: Record<string, unknown>): StoredNode {
  return { id: String(p.id), attributes: nodeFromProperties(label, p) };
}

function storedEdge(row: Row): StoredEdge {
  const p = row.p as Record<string, unknown>;
  const attributes = edgeFromProperties(row.type as EdgeType, p);
  const source = String(row.source), target = String(row.target);
  return { key: typeof p.key === "string" ? p.key : keyOfEdge({ source, target, attributes }), source, target, attributes };
}

/** Integers sent as Neo4j integers (JS numbers would be stored as floats). */
function toDriverRows(rows: readonly Record<string, unknown>[]): Row[] {
  return rows.map((row) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(row)) out[k] = typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v;
    return out;
  });
}

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j";

  private constructor(
    private readonly driver: Driver,
    readonly options: ResolvedNeo4jOptions,
  ) {}

  /**
   * Connects and checks that the login works and the database exists, so that a wrong URI, password or
   * database name fails here with one clear line (a Neo4jConnectionError), before anything is written.
   */
  static async connect(options: Neo4jOptions = {}, env: Record<string, string | undefined> = process.env): Promise<Neo4jStore> {
    const resolved = resolveNeo4jOptions(options, env);
    let driver: Driver;
    try {
      driver = neo4j.driver(resolved.uri, neo4j.auth.basic(resolved.user, resolved.password), {
        disableLosslessIntegers: true,
        maxTransactionRetryTime: options.maxTransactionRetryTime ?? 30_000,
        connectionTimeout: options.connectionTimeout ?? 10_000,
        userAgent: "newsgraph",
      });
    } catch (error) {
      throw new Neo4jConnectionError(describeNeo4jError(error, resolved), error);
    }
    const store = new Neo4jStore(driver, resolved);
    try {
      await driver.verifyConnectivity({ database: resolved.database });
      await store.query("RETURN 1 AS ok");
    } catch (error) {
      await driver.close();
      throw new Neo4jConnectionError(describeNeo4jError(error, resolved), error);
    }
    return store;
  }

  get target(): string {
    return `${displayUri(this.options.uri)}${this.options.database ? ` (database ${this.options.database})` : ""}`;
  }

  private async query(text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return (await this.run(text, params)).map((r) => r.toObject() as Row);
  }

  /** A read session that sees the writes made through this store (executeQuery's bookmark manager). */
  private readSession() {
    return this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.driver.executeQueryBookmarkManager });
  }

  private schemaReady?: Promise<unknown>;

  /**
   * The constraints, once per store, before its first write: without them every MERGE scans its label
   * and two concurrent writers can create the same node twice.
   */
  private ensureSchema(): Promise<unknown> {
    this.schemaReady ??= this.init().catch((error: unknown) => {
      this.schemaReady = undefined;
      throw error;
    });
    return this.schemaReady;
  }

  /** Applies the constraints and indexes of graph-schema/neo4j/constraints.cypher (idempotent). */
  async init(): Promise<string[]> {
    const applied: string[] = [];
    for (const statement of schemaStatements()) {
      try {
        await this.driver.executeQuery(statement, {}, { database: this.options.database });
      } catch (error) {
        throw new Neo4jConnectionError(`${describeNeo4jError(error, this.options)} (while applying: ${statement})`, error);
      }
      applied.push(statement);
    }
    return applied;
  }

  /** Which of `ids` are nodes in the database. */
  private async existing(ids: Iterable<string>): Promise<Map<string, NodeType>> {
    const found = new Map<string, NodeType>();
    for (const [label, group] of groupByLabel(ids)) {
      for (const row of await this.query(Q.existingIds(label).text, { ids: group })) found.set(String(row.id), label);
    }
    return found;
  }

  /**
   * Writes nodes and edges in batches, one managed write transaction per batch. On a failure it throws
   * a Neo4jWriteError saying which batches were committed (each batch is all or nothing).
   */
  async write(nodes: readonly SerializedNode[], edges: readonly SerializedEdge[], options: WriteOptions = {}): Promise<WriteReport> {
    const batches = planBatches(nodes, edges, options.batchSize ?? this.options.batchSize);
    const tally = emptyTally();
    if (batches.length) {
      try {
        await this.ensureSchema();
      } catch (error) {
        throw new Neo4jWriteError(describeNeo4jError(error, this.options), tally, batches.length, undefined, error);
      }
    }
    // The bookmark manager of executeQuery: reads that follow see these writes, on a cluster too.
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      for (const [i, batch] of batches.entries()) {
        const statement = statementOf(batch);
        const params = { rows: toDriverRows(batch.rows) };
        let counts: { rows: number; created: number; updated: number };
        try {
          counts = await session.executeWrite(async (tx: ManagedTransaction) => {
            const record = (await tx.run(statement, params)).records[0];
            const c = { rows: Number(record?.get("rows") ?? 0), created: Number(record?.get("created") ?? 0), updated: Number(record?.get("updated") ?? 0) };
            // An edge whose endpoint is missing matches nothing: roll the batch back rather than drop it.
            if (c.rows !== batch.rows.length) throw new MissingEndpointsError(batch.rows.length - c.rows);
            return c;
          });
        } catch (error) {
          const reason = error instanceof MissingEndpointsError
            ? `${error.missing} of ${batch.rows.length} ${batch.target} relationships have an endpoint that is not in Neo4j`
            : describeNeo4jError(error, this.options);
          throw new Neo4jWriteError(reason, { ...tally }, batches.length, `${batch.kind} ${batch.target}, ${batch.rows.length} rows`, error);
        }
        tally.batches++;
        tally.rowsWritten += batch.rows.length;
        if (batch.kind === "nodes") {
          tally.nodesCreated += counts.created;
          tally.nodesUpdated += counts.updated;
        } else {
          tally.edgesCreated += counts.created;
          tally.edgesUpdated += counts.updated;
        }
        options.onBatch?.({ done: i + 1, total: batches.length, batch, tally: { ...tally } });
      }
    } finally {
      await session.close();
    }
    return { ...tally, transactions: batches.length, statements: batches.length };
  }

  async apply(delta: GraphDelta): Promise<ApplyResult> {
    const inDelta = new Set(delta.nodes.map((n) => n.id));
    const outside = new Set(delta.edges.flatMap((e) => [e.source, e.target]).filter((id) => !inDelta.has(id)));
    const known = outside.size ? await this.existing(outside) : new Map<string, NodeType>();
    const problems = validateDelta(delta, (id) => known.get(id));
    if (problems.length) throw new InvalidDeltaError(delta.article, problems);
    const nodes = delta.nodes.map((n) => ({ key: n.id, attributes: n.attributes }));
    const edges = delta.edges.map((e) => ({ key: keyOfEdge(e), source: e.source, target: e.target, attributes: e.attributes }));
    const report = await this.write(nodes, edges);
    return { nodesCreated: report.nodesCreated, nodesUpdated: report.nodesUpdated, edgesCreated: report.edgesCreated, edgesUpdated: report.edgesUpdated };
  }

  async getNode(id: string): Promise<StoredNode | undefined> {
    const label = labelOfId(id);
    if (!label) return undefined;
    const row = (await this.query(Q.nodeById(label).text, { id }))[0];
    return row ? storedNode(label, row.p as Record<string, unknown>) : undefined;
  }

  private async edgeRows(id: string, query: NeighborQuery = {}): Promise<Row[]> {
    const label = labelOfId(id);
    const direction = query.direction ?? "both";
    if (!label || !Q.hasEdges(label, direction)) return [];
    return this.query(Q.edgesAt(label, direction).text, {
      id,
      types: asList(query.edgeType),
      nodeTypes: asList(query.nodeType),
    });
  }

  async edgesOf(id: string, query?: NeighborQuery): Promise<StoredEdge[]> {
    return (await this.edgeRows(id, query)).map(storedEdge).sort(byKey);
  }

  async neighbors(id: string, query?: NeighborQuery): Promise<StoredNode[]> {
    const out = new Map<string, StoredNode>();
    for (const row of await this.edgeRows(id, query)) {
      const label = labelOfLabels(row.labels as string[]);
      const p = row.mp as Record<string, unknown>;
      if (label && !out.has(String(p.id))) out.set(String(p.id), storedNode(label, p));
    }
    return [...out.values()].sort(byId);
  }

  async findByType<T extends NodeType>(type: T): Promise<StoredNode<T>[]> {
    const rows = await this.query(Q.nodesOfLabel(type).text);
    return rows.map((r) => storedNode(type, r.p as Record<string, unknown>) as StoredNode<T>).sort(byId);
  }

  private labelled(rows: Row[]): StoredNode[] {
    const out: StoredNode[] = [];
    for (const row of rows) {
      const label = labelOfLabels(row.labels as string[]);
      if (label) out.push(storedNode(label, row.p as Record<string, unknown>));
    }
    return out.sort(byId);
  }

  async findByName(name: string, options: { type?: NodeType } = {}): Promise<StoredNode[]> {
    return this.labelled(await this.query(Q.nodesByNameKey(options.type).text, { key: normalizeName(name) }));
  }

  async findByArticle(articleId: string): Promise<StoredNode[]> {
    return this.labelled(await this.query(Q.nodesOfArticle().text, { article: articleId }));
  }

  /** Ids within `hops` edges of `id`, one query per hop and label of the frontier. */
  async egoIds(id: string, hops: number, edgeTypes?: readonly EdgeType[]): Promise<string[]> {
    if (!(await this.getNode(id))) return [];
    const seen = new Set([id]);
    let frontier = [id];
    for (let depth = 0; depth < hops && frontier.length; depth++) {
      const next: string[] = [];
      for (const [label, ids] of groupByLabel(frontier)) {
        for (const row of await this.query(Q.nextHop(label).text, { ids, types: edgeTypes ?? null })) {
          const other = String(row.id);
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return [...seen].sort();
  }

  /** The nodes `ids` and every relationship between two of them, in the contract's JSON form. */
  async induced(ids: Iterable<string>): Promise<SerializedGraph> {
    const all = [...new Set(ids)];
    const nodes: SerializedNode[] = [];
    const edges: SerializedEdge[] = [];
    for (const [label, group] of groupByLabel(all)) {
      for (const row of await this.query(Q.nodesByIds(label).text, { ids: group })) {
        const p = row.p as Record<string, unknown>;
        nodes.push({ key: String(p.id), attributes: nodeFromProperties(label, p) });
      }
      if (!Q.hasEdges(label, "out")) continue;
      for (const row of await this.query(Q.edgesAmong(label).text, { ids: group, all, edgeTypes: [...EdgeTypes] })) edges.push(storedEdge(row));
    }
    return makeSerializedGraph(nodes, edges, defaultGraphAttributes());
  }

  async subgraph(query: SubgraphQuery): Promise<SerializedGraph> {
    if (query.ego) return this.induced(await this.egoIds(query.ego.id, query.ego.hops, query.ego.edgeTypes));
    return this.induced(query.nodes ?? []);
  }

  async *nodes(): AsyncIterable<StoredNode> {
    const session = this.readSession();
    try {
      for await (const record of session.run(Q.allNodes().text)) {
        const label = labelOfLabels(record.get("labels") as string[]);
        if (label) yield storedNode(label, record.get("p") as Record<string, unknown>);
      }
    } finally {
      await session.close();
    }
  }

  async *edges(): AsyncIterable<StoredEdge> {
    const session = this.readSession();
    try {
      for await (const record of session.run(Q.allEdges().text, { edgeTypes: [...EdgeTypes] })) yield storedEdge(record.toObject() as Row);
    } finally {
      await session.close();
    }
  }

  async counts(): Promise<GraphCounts> {
    const counts: GraphCounts = { nodes: {}, edges: {}, totalNodes: 0, totalEdges: 0 };
    for (const row of await this.query(Q.countsQuery().text)) {
      const c = Number(row.c);
      if (!c) continue;
      if (row.kind === "node") {
        counts.nodes[row.name as NodeType] = c;
        counts.totalNodes += c;
      } else {
        counts.edges[row.name as EdgeType] = c;
        counts.totalEdges += c;
      }
    }
    counts.nodes = Object.fromEntries(Object.entries(counts.nodes).sort());
    counts.edges = Object.fromEntries(Object.entries(counts.edges).sort());
    return counts;
  }

  async export(): Promise<SerializedGraph> {
    const nodes: SerializedNode[] = [];
    for await (const n of this.nodes()) nodes.push({ key: n.id, attributes: n.attributes });
    const edges: SerializedEdge[] = [];
    for await (const e of this.edges()) edges.push(e);
    return makeSerializedGraph(nodes, edges, defaultGraphAttributes());
  }

  /** Runs a user's read query (used by `newsgraph pull --cypher`). */
  async run(text: string, params: Record<string, unknown> = {}): Promise<import("neo4j-driver").Record[]> {
    const result = await this.driver.executeQuery(text, params, { database: this.options.database, routing: neo4j.routing.READ });
    return result.records;
  }

  /**
   * Has the server plan `text` without running it (EXPLAIN): throws on a syntax or semantic error and
   * returns the server's warnings. Tests check every statement the project sends with it.
   */
  async explain(text: string, params: Record<string, unknown> = {}): Promise<{ code: string; title: string; description: string }[]> {
    const { summary } = await this.driver.executeQuery(`EXPLAIN ${text}`, params, { database: this.options.database });
    return summary.notifications.map((n) => ({ code: n.code, title: n.title, description: n.description }));
  }

  /**
   * Runs `work` in one read transaction: element ids are only guaranteed to name the same entity within
   * one transaction, so whatever is looked up by element id must be read in the transaction that saw it.
   */
  async inReadTransaction<T>(work: (run: (text: string, params?: Record<string, unknown>) => Promise<import("neo4j-driver").Record[]>) => Promise<T>): Promise<T> {
    const session = this.readSession();
    try {
      return await session.executeRead((tx) => work(async (text, params = {}) => (await tx.run(text, params)).records));
    } finally {
      await session.close();
    }
  }

  /**
   * Deletes every node with a newsgraph label and its relationships. For tests against a
   * throwaway server only: nothing in the CLI calls it.
   */
  async deleteAllNewsgraphData(): Promise<void> {
    for (const label of NodeTypes) {
      await this.driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database: this.options.database });
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

class MissingEndpointsError extends Error {
  constructor(readonly missing: number) {
    super(`${missing} relationships have a missing endpoint`);
  }
}

function groupByLabel(ids: Iterable<string>): Map<NodeType, string[]> {
  const out = new Map<NodeType, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (!label) continue;
    let group = out.get(label);
    if (!group) out.set(label, (group = []));
    group.push(id);
  }
  return out;
}
