// File I/O for Node only (the viewer bundle never loads it): atomic writes, graph save and load.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, basename, join } from "node:path";
import { randomBytes } from "node:crypto";
import { MemoryStore } from "../store/memory-store";
import { GraphFileError, graphTextChunks, parseGraph, serializedView, type SerializedGraph } from "../serialize";

/** Writes through a temporary file in the same folder and renames it: readers never see half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeChunksAtomic(path, [data]);
}

/** writeFileAtomic for content that comes in pieces, so that a large file never sits whole in memory. */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = openSync(tmp, "w");
    try {
      for (const chunk of chunks) writeAll(fd, typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** The store's graph in file form, sharing its attribute objects rather than copying them (only read). */
function storeView(store: MemoryStore): SerializedGraph {
  const graph = store.graph;
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes }));
  return serializedView(nodes, edges, graph.getAttributes());
}

export function saveGraph(graph: SerializedGraph | MemoryStore, path: string): void {
  writeChunksAtomic(path, graphTextChunks(graph instanceof MemoryStore ? storeView(graph) : graph));
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
