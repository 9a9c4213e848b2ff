// Node colours, pictograms and sizes.
import pagerank from "graphology-metrics/centrality/pagerank";
import { EventTaxonomy, type EventType, type NodeAttributes } from "@newsgraph/graph-model";
import type Graph from "graphology";
import type { ViewerGraph } from "./graph";
import { PICTOGRAMS, type PictogramName } from "./pictograms";

// Every category has its own colour (no two within ΔE 18 for normal vision), and every type or event
// family its own pictogram; within one pictogram, colours differ mostly in lightness, which survives
// colour blindness (style.test.ts checks both under simulated deuteranopia, protanopia and tritanopia).
const ACTOR_COLORS: Record<string, string> = { person: "#0072B2", organization: "#009E73", country: "#5E3C99", group: "#CC79A7" };
const TYPE_COLORS: Record<string, string> = { Statement: "#E69F00", Agreement: "#8C510A", Place: "#8A8A8A", Article: "#333333" };
const EVENT_COLORS: Record<EventType, string> = {
  attack: "#67001F",
  casualties: "#B2182B",
  explosion_sabotage: "#E0452F",
  territorial_capture: "#F28E6B",
  interception: "#FCC5B0",
  legal_action: "#6B6100",
  closure_restriction: "#D8C31B",
  meeting_talks: "#00A3D9",
  visit: "#A9DDF3",
  agreement_action: "#9BD35A",
  election: "#F0B6D8",
  resignation_appointment: "#9E0F6B",
  evacuation: "#5A7D1E",
  aid_supply: "#C9E7A0",
  deployment_mobilization: "#2D6A4F",
};

export function eventColor(eventType: EventType): string {
  return EVENT_COLORS[eventType] ?? "#D55E00";
}

/** The legend category of a node: its type, refined by actorType or eventType. */
export function categoryOf(a: NodeAttributes): string {
  if (a.type === "Actor") return `Actor:${a.actorType}`;
  if (a.type === "Event") return `Event:${a.eventType}`;
  return a.type;
}

function colorOfParts(type: string, sub: string | undefined): string {
  if (type === "Actor") return ACTOR_COLORS[sub ?? "person"] ?? ACTOR_COLORS.person!;
  if (type === "Event") return eventColor(sub as EventType);
  return TYPE_COLORS[type] ?? "#555555";
}

export function colorOfCategory(category: string): string {
  const [type, sub] = category.split(":");
  return colorOfParts(type!, sub);
}

/** The same colour as colorOfCategory(categoryOf(a)), without building the category string: the node reducer calls it per node. */
export const colorOf = (a: NodeAttributes): string => colorOfParts(a.type, a.type === "Actor" ? a.actorType : a.type === "Event" ? a.eventType : undefined);

function pictogramOfParts(type: string, sub: string | undefined): PictogramName {
  if (type === "Actor") return (sub && sub in PICTOGRAMS ? sub : "person") as PictogramName;
  if (type === "Event") return ((EventTaxonomy[sub as EventType]?.plover ?? "event") in PICTOGRAMS ? EventTaxonomy[sub as EventType]?.plover ?? "event" : "event") as PictogramName;
  return type.toLowerCase() as PictogramName;
}

/** The pictogram drawn in a node: by actor type, by event family (PLOVER), else by node type. */
export const pictogramOf = (a: NodeAttributes): string => PICTOGRAMS[pictogramOfParts(a.type, a.type === "Actor" ? a.actorType : a.type === "Event" ? a.eventType : undefined)];
export const pictogramOfCategory = (category: string): string => {
  const [type, sub] = category.split(":");
  return PICTOGRAMS[pictogramOfParts(type!, sub)];
};

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function inkOn(hex: string): string {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35 ? "#111111" : "#FFFFFF";
}

/** Every colour a node can have, by category, for the palette test and the legend. */
export function allCategories(): string[] {
  return [...Object.keys(ACTOR_COLORS).map((t) => `Actor:${t}`), ...Object.keys(TYPE_COLORS), ...Object.keys(EVENT_COLORS).map((t) => `Event:${t}`)];
}

export interface LegendEntry {
  category: string;
  label: string;
  color: string;
  /** The pictogram's data: URL. */
  image: string;
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
    .map((category) => ({ category, label: category.replace(":", " · ").replace(/_/g, " "), color: colorOfCategory(category), image: pictogramOfCategory(category), count: counts.get(category)! }));
}

export type SizeBy = "degree" | "pagerank";
const MIN_SIZE = 3, MAX_SIZE = 16;

/**
 * Node sizes from degree or PageRank, scaled by square root into [MIN_SIZE, MAX_SIZE]. PageRank runs over
 * actors and what they say, agree and do, without Article nodes: a file that mentions everyone would
 * otherwise collect the most rank. Articles then get the smallest size.
 */
export function computeSizes(graph: Graph<any, any, any>, by: SizeBy): Map<string, number> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const raw = new Map<string, number>();
  if (by === "pagerank" && graph.size > 0) {
    const ranked = graph.copy() as Graph;
    ranked.forEachNode((id, a) => {
      if (a.type === "Article") ranked.dropNode(id);
    });
    if (ranked.size > 0) for (const [id, r] of Object.entries(pagerank(ranked, { getEdgeWeight: null }))) raw.set(id, r);
    graph.forEachNode((id) => raw.set(id, raw.get(id) ?? 0));
  } else {
    graph.forEachNode((id) => raw.set(id, graph.degree(id)));
  }
  let max = 0;
  for (const v of raw.values()) max = Math.max(max, v);
  const sizes = new Map<string, number>();
  for (const [id, v] of raw) sizes.set(id, MIN_SIZE + (max > 0 ? Math.sqrt(v / max) : 0) * (MAX_SIZE - MIN_SIZE));
  return sizes;
}
