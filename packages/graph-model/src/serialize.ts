// The graph file: graphology's serialized form (see ../shared/GRAPH-CONTRACT.md), with every list and
// every attribute object in a fixed order so that two builds of the same input are byte-identical.
import type { z } from "zod";
import { keyOfEdge } from "./delta";
import {
  EdgeAttributesSchema,
  EdgeEndpoints,
  NodeAttributesSchema,
  SCHEMA_VERSION,
  type EdgeAttributes,
  type EdgeType,
  type NodeAttributes,
  type NodeType,
} from "./schema/generated";

export interface GraphAttributes {
  generator: string;
  schemaVersion: number;
  [key: string]: unknown;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface SerializedGraph {
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  attributes: GraphAttributes;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: false } as const;
export const defaultGraphAttributes = (): GraphAttributes => ({ generator: "newsgraph", schemaVersion: SCHEMA_VERSION });

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Sorted by key; a list that already is (every file this project writes) is only checked, not sorted. */
function sortedByKey<T extends { key: string }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.key >= items[i]!.key) return items.sort(byKey);
  return items;
}

/** Object keys sorted, recursively; arrays keep their order (they are sorted where order is not meaning). */
export function canonicalize<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonicalize) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = canonicalize(v);
  }
  return out as T;
}

/** Whether `canonicalize(value)` would equal `value` (keys sorted all the way down, nothing undefined). */
function isCanonical(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isCanonical);
  if (value === null || typeof value !== "object") return value !== undefined;
  let previous: string | undefined;
  for (const key in value) {
    if (previous !== undefined && key <= previous) return false;
    if (!isCanonical((value as Record<string, unknown>)[key])) return false;
    previous = key;
  }
  return true;
}

/** A canonical copy of an attribute object: a shallow one when it is canonical already (as after a load). */
const canonicalCopy = <T extends object>(attributes: T): T => (isCanonical(attributes) ? { ...attributes } : canonicalize(attributes));

/** The attribute object itself when it is canonical already, else a canonical copy. */
const canonicalForm = <T extends object>(attributes: T): T => (isCanonical(attributes) ? attributes : canonicalize(attributes));

function canonicalGraph(nodes: SerializedNode[], edges: SerializedEdge[], attributes: GraphAttributes, form: <T extends object>(a: T) => T): SerializedGraph {
  return {
    options: { ...GRAPH_OPTIONS },
    attributes: canonicalize(attributes),
    nodes: sortedByKey(nodes.map((n) => ({ key: n.key, attributes: form(n.attributes) }))),
    edges: sortedByKey(edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: form(e.attributes) }))),
  };
}

/**
 * The contract's graph form, canonical and sorted. Each attribute object is a copy (as graphology's own
 * export() gives), but lists inside it (provenance, aliases) may be shared with the input: read-only.
 */
export function makeSerializedGraph(nodes: SerializedNode[], edges: SerializedEdge[], attributes: GraphAttributes = defaultGraphAttributes()): SerializedGraph {
  return canonicalGraph(nodes, edges, attributes, canonicalCopy);
}

/**
 * makeSerializedGraph without the copies: attribute objects already canonical are shared with the input.
 * For writing a store to a file, where copying a large graph's every record would be wasted work.
 */
export function serializedView(nodes: SerializedNode[], edges: SerializedEdge[], attributes: GraphAttributes): SerializedGraph {
  return canonicalGraph(nodes, edges, attributes, canonicalForm);
}

/** The file text: one node or edge per line, so that files diff well and stream. */
export function stringifyGraph(graph: SerializedGraph): string {
  return [...graphTextChunks(graph)].join("");
}

const CHUNK_CHARS = 1 << 20;

/**
 * The file text of stringifyGraph in pieces of about a megabyte, so that a large graph is written to disk
 * without first building one string of its whole size.
 */
export function* graphTextChunks(graph: SerializedGraph, chunkChars = CHUNK_CHARS): Generator<string> {
  yield `{"options":${JSON.stringify(graph.options)},"attributes":${JSON.stringify(graph.attributes)},\n"nodes":[`;
  yield* listChunks(graph.nodes, chunkChars);
  yield `],\n"edges":[`;
  yield* listChunks(graph.edges, chunkChars);
  yield "]}\n";
}

/** Each item on its own line, commas between: "\n" + lines.join(",\n") + "\n", cut into chunks. */
function* listChunks(items: readonly unknown[], chunkChars: number): Generator<string> {
  let parts: string[] = [];
  let chars = 0;
  for (let i = 0; i < items.length; i++) {
    const line = JSON.stringify(items[i]);
    parts.push(i === 0 ? "\n" : ",\n", line);
    chars += line.length;
    if (chars >= chunkChars) {
      yield parts.join("");
      parts = [];
      chars = 0;
    }
  }
  if (items.length) parts.push("\n");
  if (parts.length) yield parts.join("");
}

type RawRecord = Record<string, unknown>;
const isRecord = (v: unknown): v is RawRecord => typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string | number => typeof v === "string" || typeof v === "number";

export class GraphFileError extends Error {
  constructor(readonly source: string, message: string) {
    super(`${source}: ${message}`);
    this.name = "GraphFileError";
  }
}

/** The graph attributes of a file's envelope, with the defaults for what it leaves out. */
export function fileAttributes(attributes: unknown, source: string): GraphAttributes {
  if (attributes !== undefined && !isRecord(attributes)) throw new GraphFileError(source, "not a graph file: attributes expected an object");
  return canonicalize({ ...defaultGraphAttributes(), ...(attributes ?? {}) } as GraphAttributes);
}

/**
 * Checks a graph file's records one at a time, in file order (every node before the edges), so that a
 * reader can stream a file of any size: each record is checked against the schema, each edge's ends
 * against the nodes seen. Every problem names the node or edge it is in. Repeated edge keys are left to
 * the caller (a store refuses them as it adds them; a list finds them once sorted).
 */
export class GraphRecordChecker {
  private readonly typeOf = new Map<string, NodeType>();
  private nodeCount = 0;
  private edgeCount = 0;

  constructor(readonly source: string) {}

  node(n: unknown): SerializedNode {
    const i = this.nodeCount++;
    if (!isRecord(n) || !isId(n.key)) throw new GraphFileError(this.source, `nodes.${i}: expected {"key", "attributes"}`);
    const key = String(n.key);
    const parsed = NodeAttributesSchema.safeParse(n.attributes);
    if (!parsed.success) throw new GraphFileError(this.source, `node ${key}: ${describeIssue(parsed.error)}`);
    if (this.typeOf.has(key)) throw new GraphFileError(this.source, `node ${key}: listed twice`);
    this.typeOf.set(key, parsed.data.type);
    // The schema has no transforms, so a valid input equals zod's output: keep it when it is already in
    // canonical order (as every file this project writes is) rather than copying it again.
    return { key, attributes: isCanonical(n.attributes) ? (n.attributes as NodeAttributes) : canonicalize(parsed.data) };
  }

  edge(e: unknown): SerializedEdge {
    const i = this.edgeCount++;
    if (!isRecord(e) || !isId(e.source) || !isId(e.target) || (e.key !== undefined && !isId(e.key))) {
      throw new GraphFileError(this.source, `edges.${i}: expected {"key"?, "source", "target", "attributes"}`);
    }
    const from = String(e.source), to = String(e.target);
    const parsed = EdgeAttributesSchema.safeParse(e.attributes);
    if (!parsed.success) throw new GraphFileError(this.source, `edge ${e.key ?? `${from} -> ${to}`}: ${describeIssue(parsed.error)}`);
    const key = e.key !== undefined ? String(e.key) : keyOfEdge({ source: from, target: to, attributes: parsed.data });
    const endpointProblem = checkEndpoints(parsed.data.type, this.typeOf.get(from), this.typeOf.get(to), from, to);
    if (endpointProblem) throw new GraphFileError(this.source, `edge ${e.key ?? `${from} -> ${to}`}: ${endpointProblem}`);
    return { key, source: from, target: to, attributes: isCanonical(e.attributes) ? (e.attributes as EdgeAttributes) : canonicalize(parsed.data) };
  }
}

/** A graph from checked records, sorted, refusing an edge key listed twice (found once sorted, where a repeat sits next to itself). */
export function sortedGraph(nodes: SerializedNode[], edges: SerializedEdge[], attributes: GraphAttributes, source: string): SerializedGraph {
  const sortedEdges = sortedByKey(edges);
  const twice = sortedEdges.find((e, i) => i > 0 && sortedEdges[i - 1]!.key === e.key);
  if (twice) throw new GraphFileError(source, `edge ${twice.key}: listed twice`);
  return { options: { ...GRAPH_OPTIONS }, attributes, nodes: sortedByKey(nodes), edges: sortedEdges };
}

/** Parses and validates graph JSON held in one string; every problem names the node or edge it is in. */
export function parseGraph(text: string, source = "graph"): SerializedGraph {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new GraphFileError(source, `not valid JSON (${(e as Error).message})`);
  }
  if (!isRecord(raw)) throw new GraphFileError(source, "not a graph file: expected an object");
  for (const list of ["nodes", "edges"] as const) {
    if (!Array.isArray(raw[list])) throw new GraphFileError(source, `not a graph file: ${list} expected an array`);
  }
  const checker = new GraphRecordChecker(source);
  const attributes = fileAttributes(raw.attributes, source);
  // Plain loops without closures per record: this runs once for each of a large file's million records.
  const rawNodes = raw.nodes as unknown[], rawEdges = raw.edges as unknown[];
  const nodes: SerializedNode[] = [];
  for (let i = 0; i < rawNodes.length; i++) nodes.push(checker.node(rawNodes[i]));
  const edges: SerializedEdge[] = [];
  for (let i = 0; i < rawEdges.length; i++) edges.push(checker.edge(rawEdges[i]));
  return sortedGraph(nodes, edges, attributes, source);
}

/** Why an edge cannot join these two nodes, or undefined when it can. */
function checkEndpoints(type: EdgeType, from: NodeType | undefined, to: NodeType | undefined, source: string, target: string): string | undefined {
  if (!from) return `source ${source} is not a node of the file`;
  if (!to) return `target ${target} is not a node of the file`;
  if (source === target) return "joins a node to itself";
  const ends = EdgeEndpoints[type];
  if (!(ends.from as readonly string[]).includes(from)) return `source is a ${from}, a ${type} edge starts at ${ends.from.join(" or ")}`;
  if (!(ends.to as readonly string[]).includes(to)) return `target is a ${to}, a ${type} edge ends at ${ends.to.join(" or ")}`;
  return undefined;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.map(String).join(".") || "(attributes)"}: ${issue.message}`;
}
