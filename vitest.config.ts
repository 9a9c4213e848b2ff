import { defineConfig } from "vitest/config";
import SummaryReporter from "./test/support/summary-reporter";

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
  },
});
