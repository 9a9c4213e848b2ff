// The shareable part of the view, kept in the URL's hash: view, selection, filters, path, exploration,
// hops. The hash is user input: malformed encodings, unknown types and unknown node ids are dropped and
// reported as notices (checkUrlState), never trusted and never fatal. Node ids are content-derived, so a
// link keeps working after a rebuild for every node that still exists.
import { EventTypes, NodeTypes, type EventType, type NodeType } from "@newsgraph/graph-model";
import { NO_FILTERS, type Filters, type Mode } from "./filters";
import type { Exploration, Expansion } from "./explore";
import type { SizeBy } from "./style";

export interface UrlState {
  selected: string | null;
  mode: Mode;
  filters: Filters;
  path: [string, string] | null;
  exploration: Exploration | null;
  sizeBy: SizeBy;
  /** Hops for the next exploration step (1 to 3). */
  hops: number;
}

export const DEFAULT_URL_STATE: UrlState = { selected: null, mode: "spoke", filters: NO_FILTERS, path: null, exploration: null, sizeBy: "degree", hops: 1 };
export const MAX_HOPS = 3;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** decodeURIComponent that returns null instead of throwing on malformed input (`%`, `%E0%A4%A`). */
function safeDecode(v: string): string | null {
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

export interface DecodedUrlState extends UrlState {
  /** What was dropped, for a notice. */
  problems: string[];
}

const joinList = (items: readonly string[]) => items.map(encodeURIComponent).join(",");
const hopsOf = (v: string | null | undefined) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= MAX_HOPS ? n : null;
};

export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.selected) p.set("node", s.selected);
  if (s.mode !== "spoke") p.set("mode", s.mode);
  if (s.sizeBy !== "degree") p.set("size", s.sizeBy);
  if (s.hops !== 1) p.set("hops", String(s.hops));
  const f = s.filters;
  if (f.nodeTypes) p.set("types", f.nodeTypes.join(","));
  if (f.eventTypes) p.set("events", f.eventTypes.join(","));
  if (f.articles) p.set("articles", joinList(f.articles));
  if (f.sources) p.set("sources", joinList(f.sources));
  if (f.dateFrom) p.set("from", f.dateFrom);
  if (f.dateTo) p.set("to", f.dateTo);
  if (s.path) p.set("path", joinList(s.path));
  if (s.exploration) {
    p.set("root", s.exploration.root);
    // Each expansion as id, or id@hops when not 1 (encodeURIComponent escapes @ inside ids).
    p.set("expand", s.exploration.expansions.map((e) => encodeURIComponent(e.node) + (e.hops === 1 ? "" : `@${e.hops}`)).join(","));
  }
  return p.toString();
}

export function decodeUrlState(hash: string): DecodedUrlState {
  const problems: string[] = [];
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const list = (key: string): string[] | null => {
    const v = p.get(key);
    if (v === null) return null;
    if (v === "") return [];
    const items = v.split(",").map((item) => {
      const decoded = safeDecode(item);
      if (decoded === null) problems.push(`${key}: malformed “${item.slice(0, 40)}”`);
      return decoded;
    });
    const good = items.filter((x): x is string => x !== null);
    // A list of nothing but malformed items is ignored (no filter), rather than filtering everything out.
    return good.length || !items.length ? good : null;
  };
  /** A list of known values; unknown ones are reported, and a list of only unknown values means no filter. */
  const known = <T extends string>(key: string, all: readonly string[]): T[] | null => {
    const items = list(key);
    if (!items) return null;
    const good = items.filter((t): t is T => all.includes(t));
    for (const bad of items.filter((t) => !all.includes(t))) problems.push(`${key}: unknown “${bad.slice(0, 40)}”`);
    return good.length || !items.length ? good : null;
  };
  const date = (key: string) => {
    const v = p.get(key);
    if (v && !DATE.test(v)) problems.push(`${key}: not a date “${v.slice(0, 40)}”`);
    return v && DATE.test(v) ? v : null;
  };
  const path = list("path");
  const root = p.get("root");
  const expansions: Expansion[] = (list("expand") ?? (root ? [root] : [])).map((item) => {
    const at = item.lastIndexOf("@");
    const hops = at > 0 ? hopsOf(item.slice(at + 1)) : null;
    return hops ? { node: item.slice(0, at), hops } : { node: item, hops: 1 };
  });
  const mode = p.get("mode");
  return {
    selected: p.get("node") || null,
    mode: mode === "graph" ? "graph" : "spoke",
    sizeBy: p.get("size") === "pagerank" ? "pagerank" : "degree",
    hops: hopsOf(p.get("hops")) ?? 1,
    filters: {
      nodeTypes: known<NodeType>("types", NodeTypes),
      eventTypes: known<EventType>("events", EventTypes),
      articles: list("articles"),
      sources: list("sources"),
      dateFrom: date("from"),
      dateTo: date("to"),
    },
    path: path?.length === 2 ? [path[0]!, path[1]!] : null,
    exploration: root ? { root, expansions: expansions.length ? expansions : [{ node: root, hops: 1 }] } : null,
    problems,
  };
}

/** Drops node ids the graph does not have (a link from another graph, or a node gone after a rebuild), with a notice each. */
export function checkUrlState(state: DecodedUrlState, hasNode: (id: string) => boolean): DecodedUrlState {
  const problems = [...state.problems];
  const keep = (id: string | null, what: string) => {
    if (id && !hasNode(id)) problems.push(`${what}: no node “${id.slice(0, 60)}” in this graph`);
    return id && hasNode(id) ? id : null;
  };
  const selected = keep(state.selected, "node");
  const path = state.path && keep(state.path[0], "path") && keep(state.path[1], "path") ? state.path : null;
  let exploration = state.exploration;
  if (exploration && !keep(exploration.root, "root")) exploration = null;
  if (exploration) exploration = { ...exploration, expansions: exploration.expansions.filter((e) => hasNode(e.node)) };
  return { ...state, selected, path, exploration, problems };
}
