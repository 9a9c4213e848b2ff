// How two records of one node or edge combine. One rule for every store: nothing seen is ever dropped
// (provenance, aliases, roles are unions), and merging a record into itself changes nothing.
import { NodeProperties, type EdgeAttributes, type NodeAttributes, type Provenance } from "./schema/generated";
import { containsSpan, insertSpans, isSortedUnique, mergeProvenance } from "./provenance";

const UNION_LISTS = new Set(["aliases", "roles", "statusHistory"]);
/** Keys both sides add to (unions, largest counts); every other key keeps the first value set. */
const ACCUMULATED = new Set(["provenance", "counts", ...UNION_LISTS]);

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
  const ex = existing as Record<string, unknown>;
  const inc = incoming as Record<string, unknown>;
  const out: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(inc)) {
    if (value === undefined || ACCUMULATED.has(key)) continue;
    if (isUnset(out[key])) out[key] = value;
  }
  // Lists are rebuilt from both sides even when only one has them, so that an unsorted or repeated list
  // stored once comes out in its one normal form, and merging that form again changes nothing.
  if (ex.provenance !== undefined || inc.provenance !== undefined) out.provenance = mergeProvenance(existing.provenance, incoming.provenance);
  for (const key of UNION_LISTS) {
    if (ex[key] !== undefined || inc[key] !== undefined) out[key] = sortedUnion(ex[key] as string[] | undefined, inc[key] as string[] | undefined);
  }
  if (ex.counts !== undefined || inc.counts !== undefined) out.counts = mergeCounts(ex.counts as Record<string, number> | undefined, inc.counts as Record<string, number> | undefined);
  return out as T;
}

/**
 * Merges an incoming node record into an existing one. The existing canonical name stays; an incoming
 * name that differs becomes an alias.
 */
export function mergeNodeAttributes(existing: NodeAttributes, incoming: NodeAttributes, id = "node"): NodeAttributes {
  const merged = mergeRecords(existing, incoming, id) as NodeAttributes & { name?: string; aliases?: string[] };
  // Every type with an aliases property keeps other spellings, even when neither record listed any yet.
  if ("aliases" in NodeProperties[merged.type]) {
    const name = merged.name;
    const incomingName = (incoming as { name?: string }).name;
    const aliases = sortedUnion(merged.aliases, incomingName && incomingName !== name ? [incomingName] : []);
    // An optional aliases list appears only once there is an alias, so merging equal records changes nothing.
    if (aliases.length || merged.aliases) merged.aliases = aliases.filter((a) => a !== name);
  }
  return merged;
}

/**
 * Whether merging `incoming` into `existing` would change nothing, answered without building the merge.
 * `existing` must be in normal form, as stores keep records. This is the common case when an article is
 * applied again, and a cheap check against a popular node's long lists.
 */
export function mergeAddsNothing(existing: NodeAttributes | EdgeAttributes, incoming: NodeAttributes | EdgeAttributes): boolean {
  if (existing.type !== incoming.type) return false;
  const ex = existing as Record<string, unknown>;
  const inc = incoming as Record<string, unknown>;
  const keepsAliases = existing.type in NodeProperties && "aliases" in NodeProperties[existing.type as NodeAttributes["type"]];
  for (const key in inc) {
    const value = inc[key];
    const have = ex[key];
    if (value === undefined) continue;
    if (ACCUMULATED.has(key)) {
      if (have === undefined) return false;
      if (key === "provenance" && !(value as Provenance[]).every((p) => containsSpan(have as Provenance[], p))) return false;
      if (key === "counts" && !Object.entries(value as Record<string, number>).every(([k, v]) => (have as Record<string, number>)[k]! >= v)) return false;
      if (UNION_LISTS.has(key) && !(value as string[]).every((v) => hasSorted(have as string[], v) || (key === "aliases" && v === ex.name))) return false;
    } else if (isUnset(have)) {
      if (value !== have) return false;
    } else if (key === "name" && keepsAliases && value !== have && !hasSorted((ex.aliases as string[] | undefined) ?? [], value as string)) {
      return false;
    }
  }
  return true;
}

/** Where a string is, or would go, in a sorted, unique list (binary search). */
function stringPosition(list: readonly string[], item: string): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < item) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const hasSorted = (list: readonly string[], item: string) => list[stringPosition(list, item)] === item;

function insertSorted(list: string[], items: readonly string[]): void {
  for (const item of items) {
    const at = stringPosition(list, item);
    if (list[at] !== item) list.splice(at, 0, item);
  }
}

function removeSorted(list: string[], item: string | undefined): void {
  if (item === undefined) return;
  const at = stringPosition(list, item);
  if (list[at] === item) list.splice(at, 1);
}

/**
 * A copy of a normal-form record that a store may then change in place: its own lists and counts (spans
 * are shared, as nothing changes a span). Costs the record's size once, when the store first holds it.
 */
export function ownedCopy<T extends NodeAttributes | EdgeAttributes>(record: T): T {
  const out = { ...record } as Record<string, unknown>;
  for (const key of ACCUMULATED) {
    const value = out[key];
    if (value !== undefined) out[key] = Array.isArray(value) ? value.slice() : { ...(value as object) };
  }
  return out as T;
}

/**
 * mergeRecords done in place on a store's own record (normal form, from ownedCopy): lists grow by what the
 * incoming record brings, so the cost is the size of the incoming record (times log of the lists), not of
 * the existing one. A popular node gaining one article's mentions is no longer copied whole.
 */
function mergeRecordInto(existing: NodeAttributes | EdgeAttributes, incoming: NodeAttributes | EdgeAttributes, what: string): void {
  if (existing.type !== incoming.type) {
    throw new Error(`cannot merge ${what}: it is a ${existing.type} in the graph and a ${incoming.type} in the delta`);
  }
  const ex = existing as Record<string, unknown>;
  const inc = incoming as Record<string, unknown>;
  for (const key in inc) {
    const value = inc[key];
    if (value === undefined || ACCUMULATED.has(key)) continue;
    if (isUnset(ex[key])) ex[key] = value;
  }
  if (inc.provenance !== undefined) insertSpans((ex.provenance ??= []) as Provenance[], inc.provenance as Provenance[]);
  for (const key of UNION_LISTS) if (inc[key] !== undefined) insertSorted((ex[key] ??= []) as string[], inc[key] as string[]);
  if (inc.counts !== undefined) {
    const counts = (ex.counts ??= {}) as Record<string, number>;
    for (const [k, v] of Object.entries(inc.counts as Record<string, number>)) counts[k] = Math.max(counts[k] ?? 0, v);
  }
}

/** mergeNodeAttributes in place, for a store's own record (see ownedCopy); the result is equal (merge.test). */
export function mergeNodeInto(existing: NodeAttributes, incoming: NodeAttributes, id = "node"): void {
  mergeRecordInto(existing, incoming, id);
  if (!("aliases" in NodeProperties[existing.type])) return;
  const record = existing as { name?: string; aliases?: string[] };
  const incomingName = (incoming as { name?: string }).name;
  const other = incomingName && incomingName !== record.name ? incomingName : undefined;
  if (record.aliases === undefined && other === undefined) return;
  const aliases = (record.aliases ??= []);
  if (other !== undefined) insertSorted(aliases, [other]);
  removeSorted(aliases, record.name);
}

/** mergeEdgeAttributes in place, for a store's own record (see ownedCopy). */
export function mergeEdgeInto(existing: EdgeAttributes, incoming: EdgeAttributes, key = "edge"): void {
  mergeRecordInto(existing, incoming, key);
}

const isAscending = (list: readonly string[]) => list.every((item, i) => i === 0 || list[i - 1]! < item);

/** Whether a record is already in normal form, so that the common case costs a scan and no copy. */
function isNormal(record: NodeAttributes | EdgeAttributes): boolean {
  const r = record as Record<string, unknown>;
  if (r.provenance !== undefined && !isSortedUnique(r.provenance as Provenance[])) return false;
  for (const key of UNION_LISTS) if (r[key] !== undefined && !isAscending(r[key] as string[])) return false;
  return !(Array.isArray(r.aliases) && r.aliases.includes(r.name));
}

/** A record in its normal form (lists sorted and unique): what a store keeps, so re-applying it is a no-op. */
export function normalizeNodeAttributes(attributes: NodeAttributes, id = "node"): NodeAttributes {
  return isNormal(attributes) ? attributes : mergeNodeAttributes(attributes, attributes, id);
}

export function normalizeEdgeAttributes(attributes: EdgeAttributes, key = "edge"): EdgeAttributes {
  return isNormal(attributes) ? attributes : mergeEdgeAttributes(attributes, attributes, key);
}

export function mergeEdgeAttributes(existing: EdgeAttributes, incoming: EdgeAttributes, key = "edge"): EdgeAttributes {
  return mergeRecords(existing, incoming, key);
}

/** Deep equality of plain JSON values, used to tell whether a merge changed anything. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // Counting keys rather than listing them: this walks a popular node's long provenance on every merge.
  const ra = a as Record<string, unknown>, rb = b as Record<string, unknown>;
  let keys = 0;
  for (const k in ra) {
    if (ra[k] === undefined) continue;
    if (!sameJson(ra[k], rb[k])) return false;
    keys++;
  }
  for (const k in rb) if (rb[k] !== undefined) keys--;
  return keys === 0;
}
