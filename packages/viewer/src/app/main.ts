// The viewer's entry point: loads the graph, builds the controller, the renderer and the panels, keeps
// the URL in step with the view, and lays each view out once, off the main thread.
import "./styles.css";
import { checkUrlState, decodeUrlState, encodeUrlState, type UrlState } from "../state/url-state";
import { expandNode, startExploration } from "../state/explore";
import { toViewerGraph } from "../state/graph";
import { GraphSearch } from "../state/search";
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
import { edgeTooltip, showEmptyState, showNotice, tooltip } from "./ui/overlays";

const URL_KEYS: (keyof UrlState)[] = ["selected", "mode", "filters", "path", "exploration", "sizeBy", "hops"];
const status = (text: string) => (byId("status").textContent = text);

/** Keys that type text: there `/` is a character, not the search shortcut. Checkboxes, selects and buttons are not. */
const TEXT_INPUTS = new Set(["text", "search", "email", "url", "tel", "password", "number"]);
const typesText = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable) || (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type));

async function main(): Promise<void> {
  status("Loading the graph…");
  const serialized = await fetchGraph(new URLSearchParams(location.search).toString());
  const graph = toViewerGraph(serialized);
  if (graph.order === 0) return showEmptyState("The graph is empty.", "Build one from articles, then serve it: newsgraph build corpus/seeds -o out/graph.json && newsgraph serve out/graph.json");

  const decoded = checkUrlState(decodeUrlState(location.hash), (id) => graph.hasNode(id));
  const { problems, ...fromUrl } = decoded;
  const controller = new Controller(graph, { ...fromUrl, hovered: null, edge: null, pathStart: null } satisfies AppState);
  const search = new GraphSearch(graph);
  const frame = () => {
    const { explored, path } = controller;
    if (path) void fitTo(renderer, path.order);
    else if (explored) void fitTo(renderer, explored.shown);
  };
  /** Selects a node; with a path start pending, the node ends the path and the camera frames it. */
  const select = (id: string | null, fly = false) => {
    const { pathStart } = controller.state;
    if (id && pathStart && id !== pathStart) {
      controller.set({ selected: id, edge: null, path: [pathStart, id], pathStart: null });
      frame();
    } else {
      controller.set({ selected: id, edge: null });
      if (id && fly) void flyTo(renderer, id);
    }
  };
  const explore = (patch: Partial<AppState>) => {
    controller.set(patch);
    frame();
  };

  const renderer = createRenderer(byId("sigma"), controller, {
    onClickNode: (id) => select(id),
    // Double-click opens a neighbourhood, as in Bloom: from here, or one more batch when exploring.
    onDoubleClickNode: (id) => {
      const { exploration, hops } = controller.state;
      explore({ selected: id, exploration: exploration && controller.explored?.shown.has(id) ? expandNode(exploration, id, hops) : startExploration(id, hops) });
    },
    onClickEdge: (key) => controller.set({ edge: key, selected: null }),
    onClickStage: () => {
      select(null);
      controller.set({ edge: null });
    },
    onHover: (id, at) => {
      controller.set({ hovered: id });
      tooltip(controller, id, at);
    },
    onHoverEdge: (key, at) => edgeTooltip(controller, key, at),
  });

  const layout = new LayoutRunner((running) => {
    status(running ? "Laying the graph out…" : "");
    document.body.dataset.layout = running ? "running" : "idle";
  });
  const autoLayout = new URLSearchParams(location.search).get("layout") !== "off";
  const layoutShown = () => {
    if (!autoLayout) return;
    const shown = controller.shown;
    const { spoke } = controller;
    const weight = (key: string) => (controller.state.mode === "spoke" ? spoke.graph.getEdgeAttribute(key, "statements").length : 1);
    void layout.layout(shown, controller.sizes, weight).then(() => {
      if (controller.shown !== shown) return;
      renderer.refresh();
      const { selected, exploration, path } = controller.state;
      if (path || exploration) frame();
      else if (selected) void flyTo(renderer, selected);
    });
  };

  const box = searchBox(graph, search, (id) => select(id, true));
  const bar = toolbar(controller, box.root, {
    exportAs: (format: ExportFormat) => exportView(controller, renderer, format, bar.selectionOnly()).catch((e: Error) => status(`Export failed: ${e.message}`)),
  });
  byId("toolbar").append(bar.root);
  byId("sidebar").append(sidebar(controller));
  byId("panel").append(detailPanel(controller, { select: (id) => select(id, true), explore }));

  const showIfEmpty = () => {
    const nothing = controller.visibility.nodes.size === 0;
    byId("empty").hidden = !nothing;
    if (nothing) showEmptyState("Nothing matches the current filters.", "Widen the filters or press “Reset filters”.", false);
  };
  controller.subscribe((changed) => {
    if (URL_KEYS.some((k) => changed.has(k))) history.replaceState(null, "", `#${encodeUrlState(controller.state)}`);
    if (changed.has("mode")) layoutShown();
    showIfEmpty();
  });
  window.addEventListener("hashchange", () => {
    const { problems: more, ...next } = checkUrlState(decodeUrlState(location.hash), (id) => graph.hasNode(id));
    if (more.length) showNotice(more);
    controller.set(next);
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "/" && !typesText(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      box.input.focus();
    } else if (e.key === "Escape") {
      box.close();
      controller.set({ selected: null, hovered: null, edge: null, path: null, pathStart: null });
    }
  });

  if (problems.length) showNotice(problems);
  showIfEmpty();
  status("");
  document.body.dataset.layout = "idle";
  layoutShown();
  if (!autoLayout) frame();
  if (!autoLayout && controller.state.selected && !controller.path && !controller.explored) void flyTo(renderer, controller.state.selected);
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
