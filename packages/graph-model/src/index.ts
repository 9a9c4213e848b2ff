// @newsgraph/graph-model: the schema's types and validators, ids, deltas, the GraphStore contract, the
// in-memory store and serialization. Browser-safe; file I/O is in ./node, Neo4j in ./neo4j.
export * from "./schema/generated";
export { foldText, normalizeName, normalizeWords } from "./names";
export { sha256Hex, slugify, actorId, placeId, agreementId, articleNodeId, statementId, eventId, edgeKey } from "./ids";
export { compareProvenance, mergeProvenance, excerpt } from "./provenance";
export { mergeAddsNothing, mergeNodeAttributes, mergeEdgeAttributes, normalizeNodeAttributes, normalizeEdgeAttributes, sameJson } from "./merge";
export {
  DeltaBuilder,
  InvalidDeltaError,
  keyOfEdge,
  nodeTypeOfId,
  nodeProblems,
  edgeProblems,
  validateDelta,
  type GraphDelta,
  type NodeRecord,
  type EdgeRecord,
} from "./delta";
export {
  GRAPH_OPTIONS,
  GraphFileError,
  canonicalize,
  defaultGraphAttributes,
  makeSerializedGraph,
  parseGraph,
  stringifyGraph,
  type GraphAttributes,
  type SerializedGraph,
  type SerializedNode,
  type SerializedEdge,
} from "./serialize";
export type {
  ApplyResult,
  Direction,
  GraphCounts,
  GraphStore,
  NeighborQuery,
  StoredEdge,
  StoredNode,
  SubgraphQuery,
} from "./store/types";
export { MemoryStore, type NewsGraph } from "./store/memory-store";
// The Graph query API (docs/queries.md): one typed interface on the memory store and on Neo4j.
export * from "./query/index";
export { toCypherScript, cypherScriptParts, cypherString, type CypherScriptOptions } from "./export/cypher";
export { toNeo4jAdminCsv, ARRAY_DELIMITER as NEO4J_ADMIN_ARRAY_DELIMITER, type Neo4jAdminExport, type CsvFile } from "./export/neo4j-admin";
export { toGexf, gexfChunks, type GexfOptions, type GexfViz } from "./export/gexf";
export { toGraphml, graphmlChunks } from "./export/graphml";
export { type XmlExportOptions } from "./export/export-options";
export { CodePointIndex, OFFSET_UNITS, articleTextsOf, codePointSpans, type ArticleTexts, type SpanWithCodePoints } from "./export/code-points";
export { LIST_SEPARATOR, edgeLabel, flatEdgeAttributes, flatNodeAttributes, nodeLabel, type FlatAttributes } from "./export/flat-attributes";
