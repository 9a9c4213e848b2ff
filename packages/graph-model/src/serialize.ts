// The graph file: graphology's serialized form (see ../shared/GRAPH-CONTRACT.md), with every list and
// every attribute object in a fixed order so that two builds of the same input are byte-identical.
import { z } from "zod";
import { keyOfEdge } from "./delta";
import { EdgeAttributesSchema, NodeAttributesSchema, SCHEMA_VERSION, type EdgeAttributes, type NodeAttributes } from "./schema/generated";

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

export function makeSerializedGraph(nodes: SerializedNode[], edges: SerializedEdge[], attributes: GraphAttributes = defaultGraphAttributes()): SerializedGraph {
  return {
    options: { ...GRAPH_OPTIONS },
    attributes: canonicalize(attributes),
    nodes: nodes.map((n) => ({ key: n.key, attributes: canonicalize(n.attributes) })).sort(byKey),
    edges: edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: canonicalize(e.attributes) })).sort(byKey),
  };
}

/** The file text: one node or edge per line, so that files diff well and stream. */
export function stringifyGraph(graph: SerializedGraph): string {
  const lines = (items: unknown[]) => (items.length ? `\n${items.map((i) => JSON.stringify(i)).join(",\n")}\n` : "");
  return `{"options":${JSON.stringify(graph.options)},"attributes":${JSON.stringify(graph.attributes)},\n"nodes":[${lines(graph.nodes)}],\n"edges":[${lines(graph.edges)}]}\n`;
}

const FileShape = z.object({
  options: z.object({}).passthrough().optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(z.object({ key: z.union([z.string(), z.number()]).transform(String), attributes: z.unknown() })),
  edges: z.array(z.object({ key: z.union([z.string(), z.number()]).transform(String).optional(), source: z.union([z.string(), z.number()]).transform(String), target: z.union([z.string(), z.number()]).transform(String), attributes: z.unknown() })),
});

export class GraphFileError extends Error {
  constructor(readonly source: string, message: string) {
    super(`${source}: ${message}`);
    this.name = "GraphFileError";
  }
}

/** Parses and validates graph JSON; every problem names the node or edge it is in. */
export function parseGraph(text: string, source = "graph"): SerializedGraph {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new GraphFileError(source, `not valid JSON (${(e as Error).message})`);
  }
  const shape = FileShape.safeParse(raw);
  if (!shape.success) throw new GraphFileError(source, `not a graph file: ${shape.error.issues[0]?.path.join(".")} ${shape.error.issues[0]?.message}`);
  const nodes: SerializedNode[] = [];
  for (const n of shape.data.nodes) {
    const parsed = NodeAttributesSchema.safeParse(n.attributes);
    if (!parsed.success) throw new GraphFileError(source, `node ${n.key}: ${describeIssue(parsed.error)}`);
    nodes.push({ key: n.key, attributes: parsed.data });
  }
  const edges: SerializedEdge[] = [];
  for (const e of shape.data.edges) {
    const parsed = EdgeAttributesSchema.safeParse(e.attributes);
    if (!parsed.success) throw new GraphFileError(source, `edge ${e.key ?? `${e.source} -> ${e.target}`}: ${describeIssue(parsed.error)}`);
    edges.push({ key: e.key ?? keyOfEdge({ source: e.source, target: e.target, attributes: parsed.data }), source: e.source, target: e.target, attributes: parsed.data });
  }
  const attributes = { ...defaultGraphAttributes(), ...(shape.data.attributes ?? {}) } as GraphAttributes;
  return { options: { ...GRAPH_OPTIONS }, attributes, nodes, edges };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.map(String).join(".") || "(attributes)"}: ${issue.message}`;
}
