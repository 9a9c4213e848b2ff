// How a node or edge of the contract becomes Neo4j properties and back. Pure functions, no driver:
// the browser-side Cypher and neo4j-admin exporters use them too.
//
// Neo4j properties are primitives or homogeneous lists of primitives, never maps, so:
// - `provenance` (a list of {article, start, end}) becomes a list of strings `article#start-end`. The
//   offsets are parsed from the right (`#` then digits-digits), so any article id survives unchanged.
//   The list unions with plain `x IN list` tests in Cypher, which is how merges keep every mention.
// - `articles` (derived, sorted distinct provenance article ids) lets Neo4j users and the store find
//   what an article mentions: `WHERE $article IN n.articles`.
// - `nameKeys` (derived, normalized name and aliases) is the store's name lookup (`findByName`).
// - `counts` (a map) becomes one integer property per count kind: `counts_killed`, `counts_launched`...
// - every node has `id` (the graph key), every relationship `key` (the edge key) it is merged on.
// Derived properties are never read back: reading rebuilds the contract's attributes from the schema's keys.
import {
  ActorAttributesSchema,
  CountKinds,
  EdgeProperties,
  NodeAttributesSchema,
  NodeIdPrefixes,
  NodeProperties,
  NodeTypes,
  NodeTypesWithProvenance,
  type EdgeAttributes,
  type EdgeType,
  type NodeAttributes,
  type NodeType,
  type Provenance,
} from "../schema/generated";
import { mergeProvenance } from "../provenance";
import { normalizeName } from "../names";

/** A Neo4j property value: a primitive or a list of one primitive type. */
export type PropertyValue = string | number | boolean | string[] | number[];
export type PropertyRow = Record<string, PropertyValue>;

export const COUNT_PREFIX = "counts_";
/** Property keys the store adds besides the schema's own. */
export const DERIVED_NODE_KEYS = ["id", "provenance", "articles", "nameKeys"] as const;

export type PropertyKind = "string" | "string[]" | "integer" | "spans";

/** Every property a node of `label` may carry in Neo4j, with its kind, in a fixed order. */
export function nodePropertyKinds(label: NodeType): [string, PropertyKind][] {
  const out: [string, PropertyKind][] = [];
  for (const [key, type] of Object.entries(NodeProperties[label]) as [string, string][]) {
    if (type === "counts") for (const kind of CountKinds) out.push([`${COUNT_PREFIX}${kind}`, "integer"]);
    else out.push([key, type === "string[]" ? "string[]" : "string"]);
  }
  if (hasProvenance(label)) out.push(["provenance", "spans"], ["articles", "string[]"]);
  if (hasName(label)) out.push(["nameKeys", "string[]"]);
  return out;
}

/** Every property a relationship of `type` carries besides `key`. */
export function edgePropertyKinds(type: EdgeType): [string, PropertyKind][] {
  const own = Object.keys(EdgeProperties[type]).map((key): [string, PropertyKind] => [key, "string"]);
  return [...own, ["provenance", "spans"]];
}

const WITH_PROVENANCE = new Set<string>(NodeTypesWithProvenance);
const WITH_NAME = new Set<string>(NodeTypes.filter((t) => "name" in NodeProperties[t]));
export const hasProvenance = (label: NodeType): boolean => WITH_PROVENANCE.has(label);
export const hasName = (label: NodeType): boolean => WITH_NAME.has(label);

/** The newsgraph label among a Neo4j node's labels. */
export const labelOfLabels = (labels: readonly string[]): NodeType | undefined => NodeTypes.find((t) => labels.includes(t));

/** The node label of an id, from its prefix (`actor:...` is an Actor). */
const LABEL_OF_PREFIX = new Map<string, NodeType>(NodeTypes.map((t) => [NodeIdPrefixes[t], t]));

export function labelOfId(id: string): NodeType | undefined {
  return LABEL_OF_PREFIX.get(id.slice(0, id.indexOf(":")));
}

export function encodeSpan(p: Provenance): string {
  return `${p.article}#${p.start}-${p.end}`;
}

const SPAN_TAIL = /^(\d+)-(\d+)$/;

export function decodeSpan(text: string): Provenance {
  const hash = text.lastIndexOf("#");
  const tail = hash < 0 ? null : SPAN_TAIL.exec(text.slice(hash + 1));
  if (!tail) throw new Error(`not a provenance span (expected article#start-end): ${JSON.stringify(text)}`);
  return { article: text.slice(0, hash), start: Number(tail[1]), end: Number(tail[2]) };
}

const distinctSorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

function nameKeysOf(attributes: Record<string, unknown>): string[] {
  const names = [attributes.name as string | undefined, ...((attributes.aliases as string[] | undefined) ?? [])];
  return distinctSorted(names.filter((n): n is string => !!n).map(normalizeName));
}

// Schema keys per label and type, computed once: rows are built hundreds of thousands of times.
const NODE_FIELDS = Object.fromEntries(NodeTypes.map((t) => [t, Object.entries(NodeProperties[t]) as [string, string][]])) as Record<NodeType, [string, string][]>;
const EDGE_FIELDS = Object.fromEntries(Object.entries(EdgeProperties).map(([t, p]) => [t, Object.keys(p)])) as Record<EdgeType, string[]>;

/** The Neo4j properties of a node (its `id` included). Only schema keys and the documented derived keys. */
export function nodeToRow(id: string, attributes: NodeAttributes): PropertyRow {
  const label = attributes.type;
  const attrs = attributes as unknown as Record<string, unknown>;
  const row: PropertyRow = { id };
  for (const [key, type] of NODE_FIELDS[label]) {
    const value = attrs[key];
    if (value === undefined || value === null) continue;
    if (type === "counts") {
      for (const [kind, n] of Object.entries(value as Record<string, number>)) row[`${COUNT_PREFIX}${kind}`] = n;
    } else if (type === "string[]") row[key] = [...(value as string[])];
    else row[key] = value as string;
  }
  if (hasProvenance(label)) {
    const provenance = (attrs.provenance as Provenance[] | undefined) ?? [];
    row.provenance = provenance.map(encodeSpan);
    row.articles = provenance.length === 1 ? [provenance[0]!.article] : distinctSorted(provenance.map((p) => p.article));
  }
  if (hasName(label)) row.nameKeys = nameKeysOf(attrs);
  return row;
}

function fillEdgeRow(row: PropertyRow, attributes: EdgeAttributes): PropertyRow {
  const attrs = attributes as unknown as Record<string, unknown>;
  for (const prop of EDGE_FIELDS[attributes.type]) {
    const value = attrs[prop];
    if (value !== undefined && value !== null) row[prop] = value as string;
  }
  row.provenance = attributes.provenance.map(encodeSpan);
  return row;
}

/** The Neo4j properties of a relationship: `key`, its schema properties and provenance. */
export function edgeToRow(key: string, attributes: EdgeAttributes): PropertyRow {
  return fillEdgeRow({ key }, attributes);
}

/** A row with the edge's endpoints, as the batch upserts take it. */
export function edgeToEndpointRow(edge: { key: string; source: string; target: string; attributes: EdgeAttributes }): PropertyRow {
  return fillEdgeRow({ key: edge.key, source: edge.source, target: edge.target }, edge.attributes);
}

const isRequired = (label: NodeType, key: string): boolean => {
  const schema = NodeAttributesSchema.options.find((s) => s.shape.type.value === label) ?? ActorAttributesSchema;
  const field = (schema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[key];
  return !!field && !field.safeParse(undefined).success;
};

const toNumber = (value: unknown): number =>
  typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : (value as { toNumber(): number }).toNumber();

function decodeProvenance(value: unknown): Provenance[] {
  return mergeProvenance(((value as string[] | undefined) ?? []).map(decodeSpan));
}

/**
 * The contract's attributes of a node read from Neo4j. Lists come back sorted and unique, as the memory
 * store keeps them; keys outside the schema (and derived keys) are ignored.
 */
export function nodeFromProperties(label: NodeType, properties: Record<string, unknown>): NodeAttributes {
  const out: Record<string, unknown> = { type: label };
  for (const [key, type] of NODE_FIELDS[label]) {
    if (type === "counts") {
      const counts: Record<string, number> = {};
      for (const kind of CountKinds) {
        const v = properties[`${COUNT_PREFIX}${kind}`];
        if (v !== undefined && v !== null) counts[kind] = toNumber(v);
      }
      if (Object.keys(counts).length) out[key] = counts;
      continue;
    }
    const value = properties[key];
    if (value === undefined || value === null) {
      if (type === "string[]" && isRequired(label, key)) out[key] = [];
      continue;
    }
    out[key] = type === "string[]" ? distinctSorted(value as string[]) : String(value);
  }
  if (hasProvenance(label)) out.provenance = decodeProvenance(properties.provenance);
  return out as unknown as NodeAttributes;
}

export function edgeFromProperties(type: EdgeType, properties: Record<string, unknown>): EdgeAttributes {
  const out: Record<string, unknown> = { type };
  for (const key of EDGE_FIELDS[type]) {
    const value = properties[key];
    if (value !== undefined && value !== null) out[key] = String(value);
  }
  out.provenance = decodeProvenance(properties.provenance);
  return out as unknown as EdgeAttributes;
}

/** Problems that would make a row unfit for Neo4j: nested maps, mixed lists, non-integer counts. */
export function rowProblems(row: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(row)) {
    const kinds = Array.isArray(value) ? new Set(value.map((v) => typeof v)) : new Set([typeof value]);
    if (value === null || [...kinds].some((k) => k !== "string" && k !== "number" && k !== "boolean")) {
      problems.push(`${key}: not a Neo4j property value (${JSON.stringify(value)?.slice(0, 40)})`);
    } else if (kinds.size > 1) problems.push(`${key}: list mixes ${[...kinds].join(" and ")}`);
    else if (key.startsWith(COUNT_PREFIX) && !Number.isSafeInteger(value)) problems.push(`${key}: not an integer`);
  }
  return problems;
}
