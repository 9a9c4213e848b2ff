// The viewer: load the graph, derive the view from the state, wire the panels. Everything shown is
// derived through the controller; the URL hash mirrors the shareable part of the state.
import "./styles.css";
import { toViewerGraph } from "../state/graph";
import { expandNode, startExploration } from "../state/explore";
import { GraphSearch } from "../state/search";
import { decodeUrlState, encodeUrlState, type UrlState } from "../state/url-state";
import { fetchGraph } from "./api";
import { Controller, type AppState } from "./controller";
import { byId } from "./dom";
import { exportView, type ExportFormat } from "./export";
import { LayoutRunner } from "./layout";
import { createRenderer, fitTo, flyTo } from "./renderer";
import { detailPanel } from "./ui/detail-panel";
import { searchBox } from "./ui/search-box";
import { sidebar } from "./ui/sidebar";
import { toolbar } from "./ui/toolbar";
import { showEmptyState, tooltip } from "./ui/overlays";

const URL_KEYS: (keyof UrlState)[] = ["selected", "mode", "filters", "path", "exploration", "sizeBy"];
const status = (text: string) => (byId("status").textContent = text);

async function main(): Promise<void> {
  status("Loading the graph…");
  const serialized = await fetchGraph(new URLSearchParams(location.search).toString());
  const graph = toViewerGraph(serialized);
  if (graph.order === 0) return showEmptyState("The graph is empty.", "Build one from articles, then serve it: newsgraph build corpus/seeds -o out/graph.json && newsgraph serve out/graph.json");

  const initial: AppState = { ...decodeUrlState(location.hash), hovered: null, pathStart: null, hops: 1 };
  if (initial.selected && !graph.hasNode(initial.selected)) initial.selected = null;
  const controller = new Controller(graph, initial);
  const search = new GraphSearch(graph);
  /** Selects a node; with a path start pending, the node ends the path and the camera frames it. */
  const select = (id: string | null, fly = false) => {
    const { pathStart } = controller.state;
    if (id && pathStart && id !== pathStart) {
      controller.set({ selected: id, path: [pathStart, id], pathStart: null });
      if (controller.path) void fitTo(renderer, controller.path.order);
    } else {
      controller.set({ selected: id });
      if (id && fly) void flyTo(renderer, id);
    }
  };

  const renderer = createRenderer(byId("sigma"), controller, {
    onClickNode: (id) => select(id),
    // Double-click opens a neighbourhood, as in Bloom: from here, or one more batch when exploring.
    onDoubleClickNode: (id) => {
      const { exploration } = controller.state;
      controller.set({ selected: id, exploration: exploration && controller.explored?.shown.has(id) ? expandNode(exploration, id) : startExploration(id) });
    },
    onClickStage: () => select(null),
    onHover: (id, at) => {
      controller.set({ hovered: id });
      tooltip(graph, id, at);
    },
  });
  const layout = new LayoutRunner(graph, () => controller.sizes, (running) => {
    bar.setLayoutRunning(running);
    status(running ? "Layout running…" : "");
    document.body.dataset.layout = running ? "running" : "idle";
    if (!running && controller.state.selected) void flyTo(renderer, controller.state.selected);
  });

  const box = searchBox(graph, search, (id) => select(id, true));
  const bar = toolbar(controller, box.root, {
    toggleLayout: () => (layout.running ? layout.stop() : layout.start()),
    exportAs: (format: ExportFormat) => exportView(controller, renderer, format, bar.selectionOnly()).catch((e: Error) => status(`Export failed: ${e.message}`)),
  });
  byId("toolbar").append(bar.root);
  byId("sidebar").append(sidebar(controller));
  byId("panel").append(detailPanel(controller, { select: (id) => select(id, true) }));

  controller.subscribe((changed) => {
    if (URL_KEYS.some((k) => changed.has(k))) history.replaceState(null, "", `#${encodeUrlState(controller.state)}`);
    const nothing = controller.visibility.nodes.size === 0;
    byId("empty").hidden = !nothing;
    if (nothing) showEmptyState("Nothing matches the current filters.", "Widen the filters or press “Reset filters”.", false);
  });
  window.addEventListener("hashchange", () => controller.set(decodeUrlState(location.hash)));
  document.addEventListener("keydown", (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
    if (e.key === "/" && !typing) {
      e.preventDefault();
      box.input.focus();
    } else if (e.key === "Escape") {
      box.close();
      controller.set({ selected: null, hovered: null, path: null, pathStart: null });
    }
  });

  status("");
  document.body.dataset.layout = "idle";
  const autoLayout = new URLSearchParams(location.search).get("layout") !== "off";
  if (!layout.restore() && autoLayout) layout.start(Math.min(2000 + graph.order * 2, 10_000));
  else if (initial.selected) void flyTo(renderer, initial.selected);
  markFirstRender();
  Object.assign(window, { __newsgraph: { controller, renderer, layout } });
}

/** Sigma draws its first frame while constructed; the next animation frame has it on screen. */
function markFirstRender(): void {
  requestAnimationFrame(() => {
    performance.mark("newsgraph:first-render");
    document.body.dataset.ready = "true";
  });
}

main().catch((error: Error) => showEmptyState("The graph could not be loaded.", error.message));
