// Sigma's rendering settings, shared by the viewer and the bare benchmark page so that the benchmark
// ratio measures the viewer's own work, not a difference in what sigma is asked to draw.
import type { Settings } from "sigma/settings";

/** Above this many edges, edges are not drawn while the camera moves (sigma's advice for large graphs). */
export const HIDE_EDGES_ON_MOVE_ABOVE = 10_000;

export function renderingSettings(edgeCount: number): Partial<Settings> {
  return {
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1A1A1A" },
    labelRenderedSizeThreshold: 7,
    hideEdgesOnMove: edgeCount > HIDE_EDGES_ON_MOVE_ABOVE,
    defaultEdgeType: "line",
    zIndex: true,
  };
}
