// How two records of one node or edge combine. One rule for every store: nothing seen is ever dropped
// (provenance, aliases, roles are unions), and merging a record into itself changes nothing.
import type { EdgeAttributes, NodeAttributes, Provenance } from "./schema/generated";
import { mergeProvenance } from "./provenance";

const UNION_LISTS = new Set(["aliases", "roles", "statusHistory"]);

function sortedUnion(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])].sort();
}

function mergeCounts(a: Record<string, number> | undefined, b: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b ?? {})) out[k] = Math.max(out[k] ?? 0, v);
  return out;
}

function isUnset(value: unknown): boolean {
  return value === undefined || value === null || value === "" || value === "unknown";
}

function mergeRecords<T extends { type: string; provenance?: Provenance[] }>(existing: T, incoming: T, what: string): T {
  if (existing.type !== incoming.type) {
    throw new Error(`cannot merge ${what}: it is a ${existing.type} in the graph and a ${incoming.type} in the delta`);
  }
  const out: Record<string, unknown> = { ...existing };
  const inc = incoming as Record<string, unknown>;
  for (const [key, value] of Object.entries(inc)) {
    if (value === undefined) continue;
    if (key === "provenance") out[key] = mergeProvenance(existing.provenance, incoming.provenance);
    else if (UNION_LISTS.has(key)) out[key] = sortedUnion(out[key] as string[] | undefined, value as string[]);
    else if (key === "counts") out[key] = mergeCounts(out[key] as Record<string, number> | undefined, value as Record<string, number>);
    else if (isUnset(out[key])) out[key] = value;
  }
  return out as T;
}

/**
 * Merges an incoming node record into an existing one. The existing canonical name stays; an incoming
 * name that differs becomes an alias.
 */
export function mergeNodeAttributes(existing: NodeAttributes, incoming: NodeAttributes, id = "node"): NodeAttributes {
  const merged = mergeRecords(existing, incoming, id) as NodeAttributes & { name?: string; aliases?: string[] };
  if ("aliases" in merged || "aliases" in incoming) {
    const name = merged.name;
    const incomingName = (incoming as { name?: string }).name;
    const aliases = sortedUnion(merged.aliases, incomingName && incomingName !== name ? [incomingName] : []);
    merged.aliases = aliases.filter((a) => a !== name);
  }
  return merged;
}

export function mergeEdgeAttributes(existing: EdgeAttributes, incoming: EdgeAttributes, key = "edge"): EdgeAttributes {
  return mergeRecords(existing, incoming, key);
}

/** Deep equality of plain JSON values, used to tell whether a merge changed anything. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
