// openGraph: one entry point for every store. A file path opens the memory store; a bolt:// or neo4j://
// URI (or "neo4j", meaning NEO4J_URI) opens Neo4j, whose driver is imported only then, so scripts on a
// graph file never load it.
import { MemoryGraph } from "../query/memory-graph";
import type { Graph } from "../query/types";
import { MemoryStore } from "../store/memory-store";
import { makeSerializedGraph, type SerializedGraph } from "../serialize";
import { loadGraph } from "./files";

export interface OpenGraphOptions {
  /** Neo4j connection; each falls back to NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. */
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
}

const NEO4J_URI = /^(neo4j|bolt)(\+s|\+ssc)?:\/\//i;

export const isNeo4jSource = (source: string): boolean => source === "neo4j" || NEO4J_URI.test(source);

/** A Graph over a graph file, a MemoryStore, a serialized graph, or a Neo4j database. */
export async function openGraph(source: string | MemoryStore | SerializedGraph, options: OpenGraphOptions = {}): Promise<Graph> {
  if (source instanceof MemoryStore) return new MemoryGraph(source);
  if (typeof source !== "string") return new MemoryGraph(MemoryStore.fromSerialized(makeSerializedGraph(source.nodes, source.edges, source.attributes)));
  if (isNeo4jSource(source)) {
    const { openNeo4jGraph } = await import("../neo4j/query-graph");
    return openNeo4jGraph({ ...options, ...(source === "neo4j" ? {} : { uri: source }) });
  }
  return new MemoryGraph(loadGraph(source));
}
