// The benchmark baseline: the same graph and positions in sigma with no reducers, panels or search,
// so that `pnpm bench` can show the viewer's own overhead as a ratio.
import Graph from "graphology";
import Sigma from "sigma";
import { toViewerGraph } from "../state/graph";
import { fetchGraph } from "./api";
import { renderingSettings } from "./sigma-settings";

async function bare(): Promise<void> {
  const source = toViewerGraph(await fetchGraph());
  const graph = new Graph({ multi: true });
  source.forEachNode((id, a) => graph.addNode(id, { x: a.x, y: a.y, size: 4, color: "#0072B2", label: "name" in a ? a.name : id }));
  source.forEachEdge((key, _a, s, t) => graph.addDirectedEdgeWithKey(key, s, t, { color: "#BDBDBD", size: 1 }));
  const container = document.getElementById("sigma")!;
  container.style.height = "100vh";
  document.body.style.margin = "0";
  const sigma = new Sigma(graph, container, renderingSettings(graph.size));
  requestAnimationFrame(() => {
    performance.mark("newsgraph:first-render");
    document.body.dataset.ready = "true";
  });
  Object.assign(window, { __newsgraph: { renderer: sigma } });
}

void bare();
