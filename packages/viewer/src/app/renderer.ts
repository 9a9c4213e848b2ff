// Sigma reads the shown graph (full or spoke-about); everything it shows comes from the reducers built
// from the controller's state. Nodes are discs with a pictogram (sigma's compound program: circle +
// node-image in "color" mode).
import Sigma from "sigma";
import { createNodeCompoundProgram, NodeCircleProgram } from "sigma/rendering";
import { createNodeImageProgram } from "@sigma/node-image";
import type { ViewerNode } from "../state/graph";
import { makeReducers, type ShownEdge } from "../state/reducers";
import { renderingSettings } from "./sigma-settings";
import type { Controller } from "./controller";

export type ViewerSigma = Sigma<ViewerNode, ShownEdge>;

export interface RendererEvents {
  onClickNode(id: string): void;
  onDoubleClickNode(id: string): void;
  onClickEdge(key: string): void;
  onClickStage(): void;
  onHover(id: string | null, at: { x: number; y: number } | null): void;
  onHoverEdge(key: string | null, at: { x: number; y: number } | null): void;
}

const PictogramProgram = createNodeCompoundProgram([
  NodeCircleProgram,
  createNodeImageProgram({ drawingMode: "color", colorAttribute: "pictoColor", padding: 0.22, keepWithinCircle: true, size: { mode: "force", value: 96 } }),
]);

export function createRenderer(container: HTMLElement, controller: Controller, events: RendererEvents): ViewerSigma {
  const sigma: ViewerSigma = new Sigma(controller.shown, container, {
    ...(renderingSettings(controller.shown.size) as object),
    nodeProgramClasses: { pictogram: PictogramProgram },
    renderEdgeLabels: true,
    enableEdgeEvents: controller.state.mode === "spoke",
    edgeLabelSize: 12,
    edgeLabelColor: { color: "#333333" },
    ...makeReducers(controller.shown, controller.viewState()),
  });
  sigma.on("clickNode", ({ node }) => events.onClickNode(node));
  sigma.on("doubleClickNode", (e) => {
    e.preventSigmaDefault();
    events.onDoubleClickNode(e.node);
  });
  sigma.on("clickEdge", ({ edge }) => events.onClickEdge(edge));
  sigma.on("clickStage", () => events.onClickStage());
  sigma.on("enterNode", ({ node, event }) => events.onHover(node, { x: event.x, y: event.y }));
  sigma.on("leaveNode", () => events.onHover(null, null));
  sigma.on("enterEdge", ({ edge, event }) => events.onHoverEdge(edge, { x: event.x, y: event.y }));
  sigma.on("leaveEdge", () => events.onHoverEdge(null, null));
  controller.subscribe((changed) => {
    if (changed.has("pathStart") && changed.size === 1) return;
    const reducers = makeReducers(controller.shown, controller.viewState());
    if (changed.has("mode")) {
      // Each mode has its own graph and layout: swap it in and frame the whole of it. setSettings and
      // setGraph each re-index at once (only drawing waits for the next frame), so for a moment sigma
      // pairs one view's reducers with the other's graph: the reducers look no key up (see makeReducers),
      // and the new graph is indexed with its own reducers before anything is drawn.
      sigma.setSettings({ ...reducers, enableEdgeEvents: controller.state.mode === "spoke" });
      sigma.setGraph(controller.shown);
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    } else sigma.setSettings(reducers);
  });
  return sigma;
}

// Right after a settings change sigma holds the reducers' raw positions; they are normalized to the
// camera's frame at the next render, so camera moves read them two frames later.
const nextRender = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Moves the camera to a node, keeping the zoom unless it is too far out to see it. */
export async function flyTo(sigma: ViewerSigma, id: string): Promise<void> {
  await nextRender();
  if (!sigma.getGraph().hasNode(id)) return;
  const data = sigma.getNodeDisplayData(id);
  if (!data) return;
  const camera = sigma.getCamera();
  await camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.5) }, { duration: 500 });
}

/** Frames a set of nodes (a path, an exploration): centre of their bounding box, zoomed so that all fit. */
export async function fitTo(sigma: ViewerSigma, ids: Iterable<string>): Promise<void> {
  await nextRender();
  const graph = sigma.getGraph();
  const points = [...ids].filter((id) => graph.hasNode(id)).map((id) => sigma.getNodeDisplayData(id)).filter((d) => !!d);
  if (!points.length) return;
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.4));
  await sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
}
