// Node colours and sizes. Colours come from the Okabe–Ito set and darker tones of it: distinct for
// colour-blind readers and strong enough to survive a washed-out projector on a white background.
import pagerank from "graphology-metrics/centrality/pagerank";
import { EventTaxonomy, type EventType, type NodeAttributes } from "@newsgraph/graph-model";
import type { ViewerGraph } from "./graph";

const ACTOR_COLORS = { person: "#0072B2", organization: "#009E73", country: "#6A3D9A", group: "#CC79A7" } as const;
const PLOVER_COLORS: Record<string, string> = {
  ASSAULT: "#C0392B",
  COERCE: "#8E2C48",
  CONSULT: "#1F78B4",
  AGREE: "#2E8B57",
  CHANGE: "#7570B3",
  AID: "#5E8C31",
  MOBILIZE: "#A6611A",
};
const TYPE_COLORS = { Statement: "#E69F00", Agreement: "#8C510A", Place: "#737373", Article: "#404040" } as const;

export function eventColor(eventType: EventType): string {
  return PLOVER_COLORS[EventTaxonomy[eventType].plover] ?? "#D55E00";
}

/** The legend category of a node: its type, refined by actorType or eventType. */
export function categoryOf(a: NodeAttributes): string {
  if (a.type === "Actor") return `Actor:${a.actorType}`;
  if (a.type === "Event") return `Event:${a.eventType}`;
  return a.type;
}

function colorOfParts(type: string, sub: string | undefined): string {
  if (type === "Actor") return ACTOR_COLORS[sub as keyof typeof ACTOR_COLORS] ?? ACTOR_COLORS.person;
  if (type === "Event") return eventColor(sub as EventType);
  return TYPE_COLORS[type as keyof typeof TYPE_COLORS] ?? "#555555";
}

export function colorOfCategory(category: string): string {
  const [type, sub] = category.split(":");
  return colorOfParts(type!, sub);
}

/** The same colour as colorOfCategory(categoryOf(a)), without building the category string: the node reducer calls it per node. */
export const colorOf = (a: NodeAttributes): string => colorOfParts(a.type, a.type === "Actor" ? a.actorType : a.type === "Event" ? a.eventType : undefined);

export interface LegendEntry {
  category: string;
  label: string;
  color: string;
  count: number;
}

const ORDER = ["Actor", "Statement", "Agreement", "Event", "Place", "Article"];

/** Legend rows for the categories present among `ids`, in a fixed order, with counts. */
export function legendEntries(graph: ViewerGraph, ids: Iterable<string>): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const c = categoryOf(graph.getNodeAttributes(id));
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const rank = (c: string) => ORDER.indexOf(c.split(":")[0]!);
  return [...counts.keys()]
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map((category) => ({ category, label: category.replace(":", " · ").replace(/_/g, " "), color: colorOfCategory(category), count: counts.get(category)! }));
}

export type SizeBy = "degree" | "pagerank";
const MIN_SIZE = 3, MAX_SIZE = 16;

/** Node sizes from degree or PageRank, scaled by square root into [MIN_SIZE, MAX_SIZE]. */
export function computeSizes(graph: ViewerGraph, by: SizeBy): Map<string, number> {
  const raw = new Map<string, number>();
  if (by === "pagerank" && graph.size > 0) {
    const ranks = pagerank(graph, { getEdgeWeight: null });
    for (const [id, r] of Object.entries(ranks)) raw.set(id, r);
  } else {
    graph.forEachNode((id) => raw.set(id, graph.degree(id)));
  }
  let max = 0;
  for (const v of raw.values()) max = Math.max(max, v);
  const sizes = new Map<string, number>();
  for (const [id, v] of raw) sizes.set(id, MIN_SIZE + (max > 0 ? Math.sqrt(v / max) : 0) * (MAX_SIZE - MIN_SIZE));
  return sizes;
}
