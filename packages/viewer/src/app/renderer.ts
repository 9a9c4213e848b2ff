// Sigma reads the graph; everything it shows comes from the reducers built from the controller's state.
import Sigma from "sigma";
import type { EdgeAttributes } from "@newsgraph/graph-model";
import type { ViewerNode } from "../state/graph";
import { makeReducers } from "../state/reducers";
import type { Controller } from "./controller";

export type ViewerSigma = Sigma<ViewerNode, EdgeAttributes>;

export interface RendererEvents {
  onClickNode(id: string): void;
  onDoubleClickNode(id: string): void;
  onClickStage(): void;
  onHover(id: string | null, at: { x: number; y: number } | null): void;
}

export function createRenderer(container: HTMLElement, controller: Controller, events: RendererEvents): ViewerSigma {
  const { graph } = controller;
  const sigma: ViewerSigma = new Sigma(graph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: false,
    zIndex: true,
    defaultEdgeType: "line",
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1A1A1A" },
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#555555" },
    labelRenderedSizeThreshold: 7,
    hideEdgesOnMove: graph.size > 50_000,
    ...makeReducers(graph, controller.viewState()),
  });
  sigma.on("clickNode", ({ node }) => events.onClickNode(node));
  sigma.on("doubleClickNode", (e) => {
    e.preventSigmaDefault();
    events.onDoubleClickNode(e.node);
  });
  sigma.on("clickStage", () => events.onClickStage());
  sigma.on("enterNode", ({ node, event }) => events.onHover(node, { x: event.x, y: event.y }));
  sigma.on("leaveNode", () => events.onHover(null, null));
  controller.subscribe((changed) => {
    if (changed.has("pathStart") && changed.size === 1) return;
    sigma.setSettings(makeReducers(graph, controller.viewState()));
  });
  return sigma;
}

/** Moves the camera to a node, keeping the zoom unless it is too far out to see it. */
export async function flyTo(sigma: ViewerSigma, id: string): Promise<void> {
  const data = sigma.getNodeDisplayData(id);
  if (!data) return;
  const camera = sigma.getCamera();
  await camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.5) }, { duration: 500 });
}
