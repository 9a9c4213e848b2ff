// @newsgraph/graph-model/neo4j: the Neo4j store and everything that needs neo4j-driver. The viewer never
// imports this subpath; the browser-safe Cypher and neo4j-admin exporters are in the main entry.
export {
  Neo4jStore,
  resolveNeo4jOptions,
  type BatchProgress,
  type Neo4jOptions,
  type ResolvedNeo4jOptions,
  type WriteOptions,
  type WriteReport,
} from "./store";
export { pullCypher, type PullResult } from "./pull";
export { describeNeo4jError, displayUri, summarizeProgress, Neo4jConnectionError, Neo4jWriteError, type WriteTally } from "./errors";
export { DEFAULT_BATCH_SIZE, planBatches, schemaStatements, schemaScript, statementOf, nodeUpsertStatement, edgeUpsertStatement, type WriteBatch } from "./statements";
export {
  decodeSpan,
  encodeSpan,
  edgeFromProperties,
  edgeToRow,
  labelOfId,
  nodeFromProperties,
  nodeToRow,
  rowProblems,
  type PropertyRow,
  type PropertyValue,
} from "./properties";
export * as queries from "./queries";
// The Graph query API on Neo4j (docs/queries.md).
export { Neo4jGraph, openNeo4jGraph } from "./query-graph";
export { allGraphQueries, type GraphQuery } from "./graph-queries";
