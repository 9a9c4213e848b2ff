// @newsgraph/graph-model/node: what needs Node's file system. Kept apart so the viewer bundle stays browser-only.
export {
  writeFileAtomic,
  writeChunksAtomic,
  writeChunksAtomicAsync,
  writeFilesAtomic,
  sweepStaleTemporaries,
  UnsafeTargetError,
  saveGraph,
  graphFileChunks,
  readGraphFile,
  loadGraph,
  type AtomicWriteOptions,
  type FileToWrite,
} from "./files";
export { fileLines, readGraphRecords, type GraphRecordSink } from "./graph-reader";
export { openGraph, isNeo4jSource, type OpenGraphOptions } from "./open-graph";
