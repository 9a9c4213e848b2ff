// Opening a graph file for a command: a missing file gets a plain message, a broken one graph-model's
// GraphFileError (which names the node or edge at fault).
import { existsSync } from "node:fs";
import type { MemoryStore } from "@newsgraph/graph-model";
import { loadGraph } from "@newsgraph/graph-model/node";
import { CliError } from "./errors";

export function openGraphFile(path: string): MemoryStore {
  if (!existsSync(path)) throw new CliError(`${path}: no such graph file (newsgraph build writes one)`);
  return loadGraph(path);
}
