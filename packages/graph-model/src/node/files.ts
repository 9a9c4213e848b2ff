// Graph files for Node only (the viewer bundle never loads it): saving a store or a serialized graph
// as a stream of lines, and reading one back as a stream (see graph-reader.ts).
import { MemoryStore } from "../store/memory-store";
import { GraphFileError, graphTextChunks, serializedView, sortedGraph, type GraphAttributes, type SerializedEdge, type SerializedGraph, type SerializedNode } from "../serialize";
import { writeChunksAtomic, type AtomicWriteOptions } from "./atomic-write";
import { readGraphRecords } from "./graph-reader";

export { writeFileAtomic, writeChunksAtomic, writeChunksAtomicAsync, writeFilesAtomic, sweepStaleTemporaries, UnsafeTargetError, type AtomicWriteOptions, type FileToWrite } from "./atomic-write";

/** The store's graph in file form, sharing its attribute objects rather than copying them (only read). */
function storeView(store: MemoryStore): SerializedGraph {
  const graph = store.graph;
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes }));
  return serializedView(nodes, edges, graph.getAttributes());
}

/** The graph file's text in pieces of about a megabyte, for writeChunksAtomic or writeFilesAtomic. */
export function graphFileChunks(graph: SerializedGraph | MemoryStore): Iterable<string> {
  return graphTextChunks(graph instanceof MemoryStore ? storeView(graph) : graph);
}

export function saveGraph(graph: SerializedGraph | MemoryStore, path: string, options: AtomicWriteOptions = {}): void {
  writeChunksAtomic(path, graphFileChunks(graph), options);
}

/** A graph file as a serialized graph, sorted and checked. */
export function readGraphFile(path: string): SerializedGraph {
  let attributes: GraphAttributes | undefined;
  let nodes: SerializedNode[] = [], edges: SerializedEdge[] = [];
  readGraphRecords(path, () => {
    nodes = [];
    edges = [];
    return { attributes: (a) => (attributes = a), node: (n) => nodes.push(n), edge: (e) => edges.push(e) };
  });
  return sortedGraph(nodes, edges, attributes!, path);
}

/** A graph file straight into a memory store: each record added as it is read, no list of them in between. */
export function loadGraph(path: string): MemoryStore {
  let store = new MemoryStore();
  readGraphRecords(path, () => ({
    attributes: (a) => (store = new MemoryStore(a)),
    node: (n) => store.loadNode(n),
    edge: (e) => {
      // The checker has seen both ends; what the store can still refuse is a key listed twice.
      if (store.graph.hasEdge(e.key)) throw new GraphFileError(path, `edge ${e.key}: listed twice`);
      store.loadEdge(e);
    },
  }));
  return store;
}
