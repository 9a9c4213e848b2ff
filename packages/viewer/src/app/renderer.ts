// Sigma reads the graph; everything it shows comes from the reducers built from the controller's state.
import Sigma from "sigma";
import type { EdgeAttributes } from "@newsgraph/graph-model";
import type { ViewerNode } from "../state/graph";
import { makeReducers } from "../state/reducers";
import { renderingSettings } from "./sigma-settings";
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
    ...(renderingSettings(graph.size) as object),
    renderEdgeLabels: true,
    enableEdgeEvents: false,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#555555" },
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
// Right after a settings change sigma holds the reducers' raw positions; they are normalized to the
// camera's frame at the next render, so camera moves read them two frames later.
const nextRender = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export async function flyTo(sigma: ViewerSigma, id: string): Promise<void> {
  await nextRender();
  const data = sigma.getNodeDisplayData(id);
  if (!data) return;
  const camera = sigma.getCamera();
  await camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.5) }, { duration: 500 });
}

/** Frames a set of nodes (a path): centre of their bounding box, zoomed so that all of them fit. */
export async function fitTo(sigma: ViewerSigma, ids: Iterable<string>): Promise<void> {
  await nextRender();
  const points = [...ids].map((id) => sigma.getNodeDisplayData(id)).filter((d) => !!d);
  if (!points.length) return;
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1, Math.max(0.15, (Math.max(maxX - minX, maxY - minY)) * 1.4));
  await sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
}
