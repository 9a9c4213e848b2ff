// What is on screen: the filters, the who-said-what mode and the explored set decide which nodes and
// edges are visible. Pure functions of the graph and the state; the reducers only look the answer up.
import type { EdgeType, EventType, NodeType } from "@newsgraph/graph-model";
import { articlesOf, dateOf, type ViewerGraph } from "./graph";

export type Mode = "graph" | "who-said-what";

export interface Filters {
  /** null means "no restriction". */
  nodeTypes: NodeType[] | null;
  eventTypes: EventType[] | null;
  articles: string[] | null;
  sources: string[] | null;
  /** Inclusive YYYY-MM-DD bounds; nodes with no known date stay visible. */
  dateFrom: string | null;
  dateTo: string | null;
}

export const NO_FILTERS: Filters = { nodeTypes: null, eventTypes: null, articles: null, sources: null, dateFrom: null, dateTo: null };

const WHO_SAID_WHAT_NODES: readonly NodeType[] = ["Actor", "Statement"];
const WHO_SAID_WHAT_EDGES: readonly EdgeType[] = ["SAID", "ABOUT"];

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Article ids allowed by the article and source filters, or null when neither is set. */
function allowedArticles(graph: ViewerGraph, f: Filters): Set<string> | null {
  if (!f.articles && !f.sources) return null;
  const allowed = new Set<string>();
  graph.forEachNode((_id, a) => {
    if (a.type !== "Article") return;
    if (f.articles && !f.articles.includes(a.name)) return;
    if (f.sources && !f.sources.includes(a.source ?? "")) return;
    allowed.add(a.name);
  });
  return allowed;
}

function passesNodeFilters(graph: ViewerGraph, id: string, f: Filters, articles: Set<string> | null): boolean {
  const a = graph.getNodeAttributes(id);
  if (f.nodeTypes && !f.nodeTypes.includes(a.type)) return false;
  if (a.type === "Event" && f.eventTypes && !f.eventTypes.includes(a.eventType)) return false;
  if (articles && !articlesOf(a).some((art) => articles.has(art))) return false;
  if (f.dateFrom || f.dateTo) {
    const date = dateOf(graph, id);
    if (date && ((f.dateFrom && date < f.dateFrom) || (f.dateTo && date > f.dateTo))) return false;
  }
  return true;
}

/**
 * The visible nodes and edges. In who-said-what mode only actors, statements, SAID edges and ABOUT edges
 * to actors remain, and actors that neither speak nor are spoken about drop out.
 */
export function computeVisibility(graph: ViewerGraph, f: Filters, mode: Mode, explored: ReadonlySet<string> | null = null): Visibility {
  const articles = allowedArticles(graph, f);
  const nodes = new Set<string>();
  graph.forEachNode((id, a) => {
    if (explored && !explored.has(id)) return;
    if (mode === "who-said-what" && !WHO_SAID_WHAT_NODES.includes(a.type)) return;
    if (passesNodeFilters(graph, id, f, articles)) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (mode === "who-said-what" && !WHO_SAID_WHAT_EDGES.includes(a.type)) return;
    edges.add(key);
  });
  if (mode === "who-said-what") {
    const linked = new Set<string>();
    graph.forEachEdge((key, _a, source, target) => {
      if (edges.has(key)) linked.add(source).add(target);
    });
    for (const id of nodes) if (graph.getNodeAttributes(id).type === "Actor" && !linked.has(id)) nodes.delete(id);
  }
  return { nodes, edges };
}

export interface HistogramBin {
  /** YYYY-MM-DD or YYYY-MM. */
  bin: string;
  count: number;
}

/** Counts of dated nodes per day (or per month when the dates span more than 90 days), in date order. */
export function dateHistogram(graph: ViewerGraph, ids: Iterable<string>): HistogramBin[] {
  const dates: string[] = [];
  for (const id of ids) {
    const d = dateOf(graph, id);
    if (d) dates.push(d);
  }
  if (!dates.length) return [];
  dates.sort();
  const spanDays = (Date.parse(dates[dates.length - 1]!) - Date.parse(dates[0]!)) / 86_400_000;
  const keyOf = spanDays > 90 ? (d: string) => d.slice(0, 7) : (d: string) => d;
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  return [...counts].map(([bin, count]) => ({ bin, count }));
}

/** The first and last day a histogram bin covers, for turning a clicked bin into a date range. */
export function binRange(bin: string): [string, string] {
  if (bin.length === 10) return [bin, bin];
  const [y, m] = bin.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${bin}-01`, `${bin}-${String(last).padStart(2, "0")}`];
}

/** Articles and sources present, for the filter lists. */
export function articleFacets(graph: ViewerGraph): { articles: { id: string; title: string; source: string | undefined }[]; sources: string[] } {
  const articles: { id: string; title: string; source: string | undefined }[] = [];
  graph.forEachNode((_id, a) => {
    if (a.type === "Article") articles.push({ id: a.name, title: a.title ?? a.name, source: a.source });
  });
  articles.sort((x, y) => (x.id < y.id ? -1 : 1));
  const sources = [...new Set(articles.map((a) => a.source).filter((s): s is string => !!s))].sort();
  return { articles, sources };
}
