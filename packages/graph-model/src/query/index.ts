// The Graph query API: types, options, errors, and the memory implementation (Neo4j's is in ../neo4j).
export type * from "./types";
export * from "./errors";
export {
  RELATION_EDGES,
  inDateRange,
  parseOptions,
  type ActorsOptions,
  type AgreementsOfOptions,
  type CoMentionedOptions,
  type EgoOptions,
  type EventsAtOptions,
  type EventsInvolvingOptions,
  type PathsOptions,
  type StatementsAboutOptions,
  type StatementsByOptions,
} from "./options";
export { NameResolver, nameSimilarity, type NamedNode } from "./resolve";
export * as queryResults from "./results";
export { findPathsByLength, TooManyPathsError, type FoundPath, type ForEachStep } from "./path-search";
export { MemoryGraph } from "./memory-graph";
