// ForceAtlas2 in a web worker (Barnes-Hut above 2,000 nodes), then noverlap so labels and discs stop
// covering each other; the positions are saved in localStorage per graph, so a reload looks the same.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { ViewerGraph } from "../state/graph";

const BARNES_HUT_ABOVE = 2000;
const NOVERLAP_UP_TO = 20_000;

/** A key for this graph's saved positions: its size and its first and last node ids. */
function storageKey(graph: ViewerGraph): string {
  const nodes = graph.nodes();
  return `newsgraph:positions:${graph.order}:${graph.size}:${nodes[0] ?? ""}:${nodes[nodes.length - 1] ?? ""}`;
}

export class LayoutRunner {
  private supervisor: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly sizes: () => ReadonlyMap<string, number>,
    private readonly onStateChange: (running: boolean) => void,
  ) {}

  get running(): boolean {
    return !!this.supervisor?.isRunning();
  }

  start(stopAfterMs?: number): void {
    if (this.running) return;
    if (!this.supervisor) {
      const settings = { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > BARNES_HUT_ABOVE };
      this.supervisor = new FA2Layout(this.graph, { settings, getEdgeWeight: null });
    }
    this.supervisor.start();
    this.onStateChange(true);
    if (stopAfterMs) this.timer = setTimeout(() => this.stop(), stopAfterMs);
  }

  /** Stops the forces, removes overlaps, saves the positions. */
  stop(): void {
    clearTimeout(this.timer);
    if (!this.supervisor) return;
    this.supervisor.stop();
    if (this.graph.order <= NOVERLAP_UP_TO) {
      const sizes = this.sizes();
      noverlap.assign(this.graph, { maxIterations: 60, inputReducer: (key, a) => ({ x: a.x, y: a.y, size: sizes.get(key) ?? 4 }), settings: { ratio: 1.5, margin: 2 } });
    }
    this.save();
    this.onStateChange(false);
  }

  kill(): void {
    clearTimeout(this.timer);
    this.supervisor?.kill();
    this.supervisor = null;
  }

  save(): void {
    const positions: Record<string, [number, number]> = {};
    this.graph.forEachNode((id, a) => (positions[id] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]));
    try {
      localStorage.setItem(storageKey(this.graph), JSON.stringify(positions));
    } catch {
      // Storage full or disabled: the layout still works, it just is not remembered.
    }
  }

  /** Applies saved positions; false when there are none for this graph. */
  restore(): boolean {
    let saved: Record<string, [number, number]> | null = null;
    try {
      saved = JSON.parse(localStorage.getItem(storageKey(this.graph)) ?? "null");
    } catch {
      saved = null;
    }
    if (!saved) return false;
    for (const [id, [x, y]] of Object.entries(saved)) if (this.graph.hasNode(id)) this.graph.mergeNodeAttributes(id, { x, y });
    return true;
  }
}
