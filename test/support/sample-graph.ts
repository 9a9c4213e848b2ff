// The sample corpus as built once per test run by test/support/global-setup.ts: its graph file and its store.
import { join, resolve } from "node:path";
import { inject } from "vitest";
import type { MemoryStore } from "@newsgraph/graph-model";
import { loadGraph } from "@newsgraph/graph-model/node";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const SEEDS = join(ROOT, "corpus", "seeds");

/** The graph file built from corpus/seeds (shared by every test file: copy it before writing to it). */
export const sampleGraphPath = (): string => inject("sampleGraph");

/** A fresh store of the sample graph, loaded from the shared file (each caller may change its own). */
export const sampleStore = (): MemoryStore => loadGraph(sampleGraphPath());
