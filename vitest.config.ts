import { configDefaults, defineConfig } from "vitest/config";
import SummaryReporter from "./test/support/summary-reporter";

// Tests that talk to a live Neo4j: one server for the whole run (test/support/neo4j.ts), shared by files
// that clear its newsgraph data, so they run one file at a time.
// query-corpus asks its corpus facts of Neo4j too when NEO4J_URI is set, so it runs here.
const NEO4J_LIVE = ["test/neo4j-*.test.ts", "test/query-neo4j.test.ts", "test/query-corpus.test.ts", "packages/graph-model/src/neo4j/store.test.ts"];

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    // The sample corpus is built once per run and shared (test/support/sample-graph.ts).
    globalSetup: ["test/support/global-setup.ts"],
    // A test that needs longer than this on a loaded machine is too slow: make it faster, don't raise it.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", new SummaryReporter()],
    projects: [
      { extends: true, test: { name: "unit", exclude: [...configDefaults.exclude, ...NEO4J_LIVE] } },
      { extends: true, test: { name: "neo4j", include: NEO4J_LIVE, globalSetup: ["test/support/neo4j.ts"], setupFiles: ["test/support/neo4j-env.ts"], fileParallelism: false, hookTimeout: 300_000 } },
    ],
  },
});
