// Runs once per test run, before any test file: builds the sample corpus (corpus/seeds) with the newsgraph
// binary, as a user does, into a graph file that every test file reads (test/support/sample-graph.ts),
// instead of each building it again.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The sample corpus built into a graph file (read-only: copy it before changing it). */
    sampleGraph: string;
  }
}

const ROOT = resolve(import.meta.dirname, "..", "..");

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "ng-sample-"));
  const path = join(dir, "graph.json");
  const bin = join(ROOT, "packages", "cli", "bin", "newsgraph.js");
  try {
    await promisify(execFile)(process.execPath, [bin, "build", join(ROOT, "corpus", "seeds"), "--out", path], { cwd: ROOT });
  } catch (error) {
    throw new Error(`building the sample corpus for the tests failed: ${(error as { stderr?: string }).stderr || (error as Error).message}`);
  }
  project.provide("sampleGraph", path);
  return () => rmSync(dir, { recursive: true, force: true });
}
