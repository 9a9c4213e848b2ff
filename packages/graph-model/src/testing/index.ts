// @newsgraph/graph-model/testing: the GraphStore conformance suite and its fixture, for any store's tests.
// Imports vitest, so only test files may import this subpath.
export { describeGraphStore, type DescribeGraphStoreOptions } from "./describe-graph-store";
export { WIRE_A, WIRE_B, WIRE_IDS, WIRE_TEXTS, spanOf, wireDeltaA, wireDeltaB, wireDeltas, wireStore } from "./wire-fixture";
// The Graph query suite and its fixture (query/), for the memory graph's and Neo4j's tests.
export { describeGraphQueries, queryFixtureAnswers } from "../query/graph-suite";
export { FIXTURE_ARTICLES, queryFixtureDeltas, queryFixtureStore } from "../query/fixture";
// Names and quotes that break naive Cypher and CSV writers, for the Neo4j tests.
export { HOSTILE_ARTICLE, HOSTILE_NAMES, hostileDelta, hostileGraph } from "../neo4j/hostile-fixture";
