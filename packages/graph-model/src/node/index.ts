// @newsgraph/graph-model/node: what needs Node's file system. Kept apart so the viewer bundle stays browser-only.
export { writeFileAtomic, writeChunksAtomic, saveGraph, readGraphFile, loadGraph } from "./files";
export { openGraph, isNeo4jSource, type OpenGraphOptions } from "./open-graph";
