// What is on screen: the filters, the view (spoke-about or full graph) and the explored set decide which
// nodes and edges are visible. Pure functions of the graph and the state; the reducers only look the answer up.
import type { EventType, NodeType } from "@newsgraph/graph-model";
import { articlesOf, dateOf, type ViewerGraph } from "./graph";
import type { SpokeView } from "./spoke";

/** "spoke": who spoke about whom (actors and derived edges, the default); "graph": every node and edge. */
export type Mode = "spoke" | "graph";

export interface Filters {
  /** null means "no restriction". */
  nodeTypes: NodeType[] | null;
  eventTypes: EventType[] | null;
  articles: string[] | null;
  sources: string[] | null;
  /** Inclusive YYYY-MM-DD bounds. A node passes when one of its dates (see datesOf) is in range. */
  dateFrom: string | null;
  dateTo: string | null;
}

export const NO_FILTERS: Filters = { nodeTypes: null, eventTypes: null, articles: null, sources: null, dateFrom: null, dateTo: null };

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Spoke view: the statements of each visible edge that pass the filters (its width). */
  statements?: Map<string, string[]>;
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

const DATED: ReadonlySet<NodeType> = new Set(["Statement", "Event", "Article"]);

/**
 * The dates a node stands for: its own (statements, events, articles), else those of its dated
 * neighbours — an actor's statements, events and articles, a place's events, an agreement's statements
 * and articles. Under a date filter a node with no date at all is hidden: "what happened in March"
 * must not show everything that has no date.
 */
export function datesOf(graph: ViewerGraph, id: string): string[] {
  const own = dateOf(graph, id);
  if (own) return [own];
  if (DATED.has(graph.getNodeAttribute(id, "type"))) return [];
  const dates = new Set<string>();
  graph.forEachNeighbor(id, (other, a) => {
    if (!DATED.has(a.type)) return;
    const d = dateOf(graph, other);
    if (d) dates.add(d);
  });
  return [...dates];
}

const inRange = (d: string, f: Filters) => (!f.dateFrom || d >= f.dateFrom) && (!f.dateTo || d <= f.dateTo);
export const hasDateFilter = (f: Filters) => !!(f.dateFrom || f.dateTo);

function passesNodeFilters(graph: ViewerGraph, id: string, f: Filters, articles: Set<string> | null): boolean {
  const a = graph.getNodeAttributes(id);
  if (f.nodeTypes && !f.nodeTypes.includes(a.type)) return false;
  if (a.type === "Event" && f.eventTypes && !f.eventTypes.includes(a.eventType)) return false;
  if (articles && !articlesOf(a).some((art) => articles.has(art))) return false;
  if (hasDateFilter(f) && !datesOf(graph, id).some((d) => inRange(d, f))) return false;
  return true;
}

/** The visible nodes and edges of the full graph. */
export function computeVisibility(graph: ViewerGraph, f: Filters, explored: ReadonlySet<string> | null = null): Visibility {
  const articles = allowedArticles(graph, f);
  const nodes = new Set<string>();
  graph.forEachNode((id) => {
    if (explored && !explored.has(id)) return;
    if (passesNodeFilters(graph, id, f, articles)) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, _a, source, target) => {
    if (nodes.has(source) && nodes.has(target)) edges.add(key);
  });
  return { nodes, edges };
}

/**
 * The visible part of the spoke view: an edge shows when one of its statements passes the filters (node
 * types Actor and Statement, articles, sources, dates), with those statements as its weight; an actor
 * shows when it has a visible edge or a statement about itself that passes.
 */
export function computeSpokeVisibility(graph: ViewerGraph, view: SpokeView, f: Filters, explored: ReadonlySet<string> | null = null): Visibility {
  const nodes = new Set<string>(), edges = new Set<string>(), statements = new Map<string, string[]>();
  if (f.nodeTypes && (!f.nodeTypes.includes("Actor") || !f.nodeTypes.includes("Statement"))) return { nodes, edges, statements };
  const articles = allowedArticles(graph, f);
  const passes = (s: string) => passesNodeFilters(graph, s, f, articles);
  const shown = (id: string) => !explored || explored.has(id);
  view.graph.forEachEdge((key, a, source, target) => {
    if (!shown(source) || !shown(target)) return;
    const kept = a.statements.filter(passes);
    if (!kept.length) return;
    edges.add(key);
    statements.set(key, kept);
    nodes.add(source).add(target);
  });
  for (const [actor, said] of view.selfStatements) if (shown(actor) && said.some(passes)) nodes.add(actor);
  return { nodes, edges, statements };
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
