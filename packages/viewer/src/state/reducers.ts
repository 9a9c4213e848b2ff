// The display state sigma draws, derived from the graph and the view state: visibility, the focused
// neighbourhood (hover beats selection), and the highlighted path. Lookups only: the sets are computed
// once per state change, so camera moves on large graphs cost nothing here.
import type { EdgeAttributes, EdgeType } from "@newsgraph/graph-model";
import type { Visibility } from "./filters";
import { labelOf, type ViewerGraph, type ViewerNode } from "./graph";
import { colorOf } from "./style";

export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ViewState {
  visibility: Visibility;
  sizes: ReadonlyMap<string, number>;
  selected: string | null;
  hovered: string | null;
  path: PathHighlight | null;
}

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
  type: "circle";
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
}

export const FADED_NODE = "#E4E4E4";
export const FADED_EDGE = "#F1F1F1";
const EDGE_COLORS: Partial<Record<EdgeType, string>> = { SAID: "#C98A00", ABOUT: "#6B6B6B" };
const PATH_COLOR = "#D7191C";

/** The neighbourhood in focus: the hovered node, else the selected one, with its visible neighbours. */
export function focusOf(graph: ViewerGraph, state: Pick<ViewState, "visibility" | "selected" | "hovered">): Set<string> | null {
  const center = state.hovered ?? state.selected;
  if (!center || !state.visibility.nodes.has(center)) return null;
  const focus = new Set([center]);
  graph.forEachEdge(center, (key, _a, source, target) => {
    if (state.visibility.edges.has(key)) focus.add(source === center ? target : source);
  });
  return focus;
}

export function makeReducers(graph: ViewerGraph, state: ViewState) {
  const focus = focusOf(graph, state);
  const center = state.hovered ?? state.selected;
  const { nodes: visible, edges: visibleEdges } = state.visibility;

  const nodeReducer = (id: string, data: ViewerNode): NodeDisplay => {
    const onPath = !!state.path?.nodes.has(id);
    const dimmed = state.path ? !onPath && !focus?.has(id) : !!focus && !focus.has(id);
    return {
      x: data.x,
      y: data.y,
      size: (state.sizes.get(id) ?? 4) * (id === state.selected ? 1.3 : 1),
      color: dimmed ? FADED_NODE : colorOf(data),
      label: dimmed ? null : labelOf(data, 40),
      type: "circle",
      hidden: !visible.has(id),
      highlighted: id === state.selected || onPath,
      forceLabel: id === center || onPath || (!!focus && focus.has(id) && focus.size <= 40),
      zIndex: dimmed ? 0 : onPath || id === center ? 2 : 1,
    };
  };

  const edgeReducer = (key: string, data: EdgeAttributes): EdgeDisplay => {
    const onPath = !!state.path?.edges.has(key);
    const touchesCenter = !!center && (graph.source(key) === center || graph.target(key) === center);
    const dimmed = state.path ? !onPath && !touchesCenter : !!focus && !touchesCenter;
    return {
      size: onPath ? 4 : touchesCenter ? 2 : 1,
      color: onPath ? PATH_COLOR : dimmed ? FADED_EDGE : touchesCenter ? "#3D3D3D" : EDGE_COLORS[data.type] ?? "#BDBDBD",
      type: data.type === "SAID" || data.type === "ABOUT" || onPath ? "arrow" : "line",
      hidden: !visibleEdges.has(key),
      zIndex: onPath ? 2 : dimmed ? 0 : 1,
      label: touchesCenter || onPath ? data.type.toLowerCase().replace(/_/g, " ") : null,
    };
  };

  return { nodeReducer, edgeReducer };
}
