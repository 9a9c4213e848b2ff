// @newsgraph/graph-model/testing: the GraphStore conformance suite and its fixture, for any store's tests.
// Imports vitest, so only test files may import this subpath.
export { describeGraphStore, type DescribeGraphStoreOptions } from "./describe-graph-store";
export { WIRE_A, WIRE_B, WIRE_IDS, WIRE_TEXTS, spanOf, wireDeltaA, wireDeltaB, wireDeltas, wireStore } from "./wire-fixture";
// The Graph query suite and its fixture (query/), for the memory graph's and Neo4j's tests.
export { describeGraphQueries, queryFixtureAnswers } from "../query/graph-suite";
export { FIXTURE_ARTICLES, queryFixtureDeltas, queryFixtureStore } from "../query/fixture";
// For tests on machines without Neo4j (the CLI's too): a Bolt endpoint the real driver talks to, which
// records every statement and parameter and answers with scripted replies. It runs no Cypher.
export { ScriptedBoltServer, defaultReply, type ReceivedStatement, type ScriptedBoltOptions } from "./scripted-bolt-server";
