// Reading a graph file as a stream: the file is read in pieces and each line parsed on its own, so that a
// graph of any size opens (V8 cannot hold a string over 512 MiB) and no copy of the whole text is made.
// Files this project writes hold one record per line (see serialize.ts graphTextChunks); a graph JSON of
// another layout (graphology's own export on one line) is read whole, as long as it fits in one string.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { fileAttributes, GraphFileError, GraphRecordChecker, parseGraph, type GraphAttributes, type SerializedEdge, type SerializedGraph, type SerializedNode } from "../serialize";

export interface GraphRecordSink {
  attributes(attributes: GraphAttributes): void;
  node(node: SerializedNode): void;
  edge(edge: SerializedEdge): void;
}

const READ_BYTES = 1 << 22;

/** Opens a graph file for reading: a clear error for a missing file, and never a FIFO or device (which could block forever). */
function openRegular(path: string): number {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once; its type is then checked on the open file.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new GraphFileError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new GraphFileError(path, "cannot read (not a regular file)");
  }
  return fd;
}

/** The lines of a file, read a few megabytes at a time. */
export function* fileLines(path: string, readBytes = READ_BYTES): Generator<string> {
  const fd = openRegular(path);
  try {
    const buffer = Buffer.allocUnsafe(readBytes);
    let carry: Buffer | undefined;
    for (;;) {
      const read = readSync(fd, buffer, 0, readBytes, null);
      if (read === 0) break;
      const data = carry ? Buffer.concat([carry, buffer.subarray(0, read)]) : buffer.subarray(0, read);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        yield data.toString("utf8", start, nl);
        start = nl + 1;
      }
      // The buffer is read into again: keep a copy of the unfinished line.
      carry = start < data.length ? Buffer.from(data.subarray(start)) : undefined;
    }
    if (carry) yield carry.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** Thrown when a file is not in the one-record-per-line layout; the reader then reads it whole. */
class OtherLayout extends Error {}

const record = (line: string): unknown => JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line);

/**
 * Streams a file in this project's layout into a sink: header line, `"nodes":[`, one node per line,
 * `],`, `"edges":[`, one edge per line, `]}`. Throws OtherLayout at the first line that does not fit.
 */
function streamLines(path: string, sink: GraphRecordSink): void {
  const lines = fileLines(path);
  const next = () => {
    const r = lines.next();
    return r.done ? undefined : r.value;
  };
  try {
    streamRecords(path, next, sink);
  } finally {
    lines.return(undefined);
  }
}

function streamRecords(path: string, next: () => string | undefined, sink: GraphRecordSink): void {
  const checker = new GraphRecordChecker(path);
  const header = next();
  if (!header?.startsWith('{"options":') || !header.endsWith(",")) throw new OtherLayout();
  let envelope: { attributes?: unknown };
  try {
    envelope = JSON.parse(`${header.slice(0, -1)}}`);
  } catch {
    throw new OtherLayout();
  }
  sink.attributes(fileAttributes(envelope.attributes, path));
  let line = next();
  if (line === '"nodes":[') {
    for (line = next(); line !== undefined && line !== "],"; line = next()) sink.node(checker.node(parseLine(line)));
  } else if (line !== '"nodes":[],') throw new OtherLayout();
  line = next();
  if (line === '"edges":[') {
    for (line = next(); line !== undefined && line !== "]}"; line = next()) sink.edge(checker.edge(parseLine(line)));
  } else if (line !== '"edges":[]}') throw new OtherLayout();
  if (line === undefined) throw new OtherLayout();
  for (line = next(); line !== undefined; line = next()) if (line.trim()) throw new OtherLayout();
}

function parseLine(line: string): unknown {
  try {
    return record(line);
  } catch {
    throw new OtherLayout();
  }
}

/** Reads a graph file into a sink, record by record; every problem names the file and the record. */
export function readGraphRecords(path: string, sink: () => GraphRecordSink): void {
  try {
    streamLines(path, sink());
    return;
  } catch (error) {
    if (!(error instanceof OtherLayout)) throw error;
  }
  // Another layout: read whole (a fresh sink, as the stream may have fed part of the file to the first one).
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ERR_STRING_TOO_LONG" ? "too large to read whole, and not one record per line as newsgraph writes graphs" : code ?? (e as Error).message;
    throw new GraphFileError(path, `cannot read (${why})`);
  }
  const graph = parseGraph(text, path);
  const target = sink();
  target.attributes(graph.attributes);
  for (const node of graph.nodes) target.node(node);
  for (const edge of graph.edges) target.edge(edge);
}
