// File I/O for Node only (the viewer bundle never loads it): atomic writes, graph save and load.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, basename, join } from "node:path";
import { randomBytes } from "node:crypto";
import { MemoryStore } from "../store/memory-store";
import { GraphFileError, parseGraph, stringifyGraph, type SerializedGraph } from "../serialize";

/** Writes through a temporary file in the same folder and renames it: readers never see half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

export function saveGraph(graph: SerializedGraph | MemoryStore, path: string): void {
  writeFileAtomic(path, stringifyGraph(graph instanceof MemoryStore ? graph.exportSync() : graph));
}

export function readGraphFile(path: string): SerializedGraph {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new GraphFileError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseGraph(text, path);
}

export function loadGraph(path: string): MemoryStore {
  return MemoryStore.fromSerialized(readGraphFile(path));
}
