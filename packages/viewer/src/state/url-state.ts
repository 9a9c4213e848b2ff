// The shareable part of the view, kept in the URL's hash: selection, mode, filters, path, exploration.
// Unknown or malformed parts are dropped, never trusted: the hash is user input.
import { EventTypes, NodeTypes, type EventType, type NodeType } from "@newsgraph/graph-model";
import { NO_FILTERS, type Filters, type Mode } from "./filters";
import type { Exploration } from "./explore";
import type { SizeBy } from "./style";

export interface UrlState {
  selected: string | null;
  mode: Mode;
  filters: Filters;
  path: [string, string] | null;
  exploration: Exploration | null;
  sizeBy: SizeBy;
}

export const DEFAULT_URL_STATE: UrlState = { selected: null, mode: "graph", filters: NO_FILTERS, path: null, exploration: null, sizeBy: "degree" };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const list = (v: string | null) => (v === null ? null : v === "" ? [] : v.split(",").map(decodeURIComponent));
const joinList = (items: readonly string[]) => items.map(encodeURIComponent).join(",");

export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.selected) p.set("node", s.selected);
  if (s.mode !== "graph") p.set("mode", s.mode);
  if (s.sizeBy !== "degree") p.set("size", s.sizeBy);
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
    p.set("expand", joinList(s.exploration.expansions));
  }
  return p.toString();
}

export function decodeUrlState(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const types = list(p.get("types"))?.filter((t): t is NodeType => (NodeTypes as readonly string[]).includes(t)) ?? null;
  const events = list(p.get("events"))?.filter((t): t is EventType => (EventTypes as readonly string[]).includes(t)) ?? null;
  const date = (v: string | null) => (v && DATE.test(v) ? v : null);
  const path = list(p.get("path"));
  const root = p.get("root");
  return {
    selected: p.get("node") || null,
    mode: p.get("mode") === "who-said-what" ? "who-said-what" : "graph",
    sizeBy: p.get("size") === "pagerank" ? "pagerank" : "degree",
    filters: {
      nodeTypes: types,
      eventTypes: events,
      articles: list(p.get("articles")),
      sources: list(p.get("sources")),
      dateFrom: date(p.get("from")),
      dateTo: date(p.get("to")),
    },
    path: path?.length === 2 ? [path[0]!, path[1]!] : null,
    exploration: root ? { root, expansions: list(p.get("expand")) ?? [root] } : null,
  };
}
