// The display state sigma draws, derived from the shown graph (the full graph or the spoke-about graph)
// and the view state: visibility, the focused neighbourhood (hover beats selection), and the highlighted
// path. Lookups only: the sets are computed once per state change, so camera moves on large graphs cost
// nothing here.
import type Graph from "graphology";
import type { EdgeAttributes, EdgeType } from "@newsgraph/graph-model";
import type { Visibility } from "./filters";
import { labelOf, type ViewerNode } from "./graph";
import type { SpokeEdge } from "./spoke";
import { colorOf, inkOn, pictogramOf } from "./style";

export type ShownEdge = EdgeAttributes | SpokeEdge;
/** What sigma is given: the full graph or the spoke-about graph. */
export type ShownGraph = Graph<ViewerNode, ShownEdge>;

export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ViewState {
  visibility: Visibility;
  sizes: ReadonlyMap<string, number>;
  selected: string | null;
  hovered: string | null;
  /** A spoke-about edge being hovered or selected. */
  edge: string | null;
  path: PathHighlight | null;
}

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
  /** sigma's program: a disc with a pictogram. */
  type: "pictogram";
  image: string;
  pictoColor: string;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeDisplay {
  size: number;
  color: string;
  type: "arrow" | "line";
  hidden: boolean;
  zIndex: number;
  label: string | null;
  forceLabel: boolean;
}

export const FADED_NODE = "#E4E4E4";
export const FADED_EDGE = "#F1F1F1";
const EDGE_COLORS: Partial<Record<EdgeType | "SPOKE_ABOUT", string>> = { SAID: "#C98A00", ABOUT: "#6B6B6B", SPOKE_ABOUT: "#8F8F8F" };
const PATH_COLOR = "#D7191C";
const FADED_INK = "#FFFFFF";

/** The neighbourhood in focus: the hovered node, else the selected one, with its visible neighbours. */
export function focusOf(graph: ShownGraph, state: Pick<ViewState, "visibility" | "selected" | "hovered" | "edge">): Set<string> | null {
  if (state.edge && state.visibility.edges.has(state.edge)) return new Set([graph.source(state.edge), graph.target(state.edge)]);
  const center = state.hovered ?? state.selected;
  if (!center || !state.visibility.nodes.has(center) || !graph.hasNode(center)) return null;
  const focus = new Set([center]);
  graph.forEachEdge(center, (key, _a, source, target) => {
    if (state.visibility.edges.has(key)) focus.add(source === center ? target : source);
  });
  return focus;
}

/** Spoke edges grow with the number of statements they carry (square root, so one loud speaker does not swamp the rest). */
export const spokeWidth = (statements: number) => Math.min(12, 1.5 * Math.sqrt(Math.max(1, statements)));

export function makeReducers(graph: ShownGraph, state: ViewState) {
  const focus = focusOf(graph, state);
  const center = state.hovered ?? state.selected;
  // Looked up once, not per edge: the reducers then never ask the graph about a key, so reducers of one
  // graph meeting another's keys (sigma re-indexes as soon as settings or graph change) cannot throw.
  const centerEdges = new Set(center && graph.hasNode(center) ? graph.edges(center) : []);
  const { nodes: visible, edges: visibleEdges, statements } = state.visibility;

  const nodeReducer = (id: string, data: ViewerNode): NodeDisplay => {
    const onPath = !!state.path?.nodes.has(id);
    const dimmed = state.path ? !onPath && !focus?.has(id) : !!focus && !focus.has(id);
    const color = dimmed ? FADED_NODE : colorOf(data);
    return {
      x: data.x,
      y: data.y,
      size: (state.sizes.get(id) ?? 4) * (id === state.selected ? 1.3 : 1),
      color,
      label: dimmed ? null : labelOf(data, 40),
      type: "pictogram",
      image: pictogramOf(data),
      pictoColor: dimmed ? FADED_INK : inkOn(color),
      hidden: !visible.has(id),
      highlighted: id === state.selected || onPath,
      forceLabel: id === center || onPath || (!!focus && focus.has(id) && focus.size <= 40),
      zIndex: dimmed ? 0 : onPath || id === center ? 2 : 1,
    };
  };

  const edgeReducer = (key: string, data: ShownEdge): EdgeDisplay => {
    const onPath = !!state.path?.edges.has(key);
    const isEdge = key === state.edge;
    const touchesCenter = isEdge || (!state.edge && centerEdges.has(key));
    const dimmed = state.path ? !onPath && !touchesCenter : !!focus && !touchesCenter;
    const count = statements?.get(key)?.length ?? 0;
    const base = data.type === "SPOKE_ABOUT" ? spokeWidth(count) : 1;
    return {
      size: onPath ? Math.max(4, base) : touchesCenter ? base + 1 : base,
      color: onPath ? PATH_COLOR : dimmed ? FADED_EDGE : touchesCenter ? "#3D3D3D" : EDGE_COLORS[data.type] ?? "#BDBDBD",
      type: data.type === "SAID" || data.type === "ABOUT" || data.type === "SPOKE_ABOUT" || onPath ? "arrow" : "line",
      hidden: !visibleEdges.has(key),
      zIndex: onPath || isEdge ? 2 : dimmed ? 0 : 1,
      label: touchesCenter || onPath ? (data.type === "SPOKE_ABOUT" ? `${count} statement${count === 1 ? "" : "s"}` : data.type.toLowerCase().replace(/_/g, " ")) : null,
      forceLabel: isEdge,
    };
  };

  return { nodeReducer, edgeReducer };
}
