// Runs the deterministic layout (state/layout.ts) in a web worker, once per graph: the main thread only
// packs the graph into arrays and writes the positions back, so that no layout work can freeze the page.
import type { ShownGraph } from "../state/reducers";

interface Job {
  resolve(): void;
  graph: ShownGraph;
}

export class LayoutRunner {
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();
  private readonly done = new WeakMap<ShownGraph, Promise<void>>();
  private nextId = 1;

  constructor(private readonly onStateChange: (running: boolean) => void) {}

  get running(): boolean {
    return this.jobs.size > 0;
  }

  /** Lays `graph` out (once; later calls return the same promise). */
  layout(graph: ShownGraph, sizes: ReadonlyMap<string, number>, weight: (key: string) => number = () => 1): Promise<void> {
    let pending = this.done.get(graph);
    if (!pending) {
      pending = this.post(graph, sizes, weight);
      this.done.set(graph, pending);
    }
    return pending;
  }

  private post(graph: ShownGraph, sizes: ReadonlyMap<string, number>, weight: (key: string) => number): Promise<void> {
    const ids = graph.nodes();
    const index = new Map(ids.map((id, i) => [id, i]));
    const n = ids.length, m = graph.size;
    const x = new Float64Array(n), y = new Float64Array(n), sz = new Float32Array(n);
    ids.forEach((id, i) => {
      const a = graph.getNodeAttributes(id);
      x[i] = a.x;
      y[i] = a.y;
      sz[i] = sizes.get(id) ?? 4;
    });
    const sources = new Uint32Array(m), targets = new Uint32Array(m), weights = new Float32Array(m);
    let e = 0;
    graph.forEachEdge((key, _a, s, t) => {
      sources[e] = index.get(s)!;
      targets[e] = index.get(t)!;
      weights[e++] = weight(key);
    });
    this.worker ??= this.start();
    const id = this.nextId++;
    return new Promise<void>((resolve) => {
      this.jobs.set(id, { resolve, graph });
      this.onStateChange(true);
      this.worker!.postMessage({ id, x, y, sizes: sz, sources, targets, weights }, [x.buffer, y.buffer, sz.buffer, sources.buffer, targets.buffer, weights.buffer]);
    });
  }

  private start(): Worker {
    const worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<{ id: number; x: Float64Array; y: Float64Array }>) => {
      const job = this.jobs.get(event.data.id);
      if (!job) return;
      this.jobs.delete(event.data.id);
      const { x, y } = event.data;
      let i = 0;
      // Same order as posted: graph.nodes() order does not change while the graph is not edited.
      job.graph.updateEachNodeAttributes((_id, a) => {
        a.x = x[i]!;
        a.y = y[i++]!;
        return a;
      }, { attributes: ["x", "y"] });
      job.resolve();
      this.onStateChange(this.running);
    };
    // A worker that fails (a browser without module workers, a CSP refusing it) leaves the seeded positions.
    worker.onerror = (event) => {
      console.error(`layout worker failed: ${event.message}`);
      for (const job of this.jobs.values()) job.resolve();
      this.jobs.clear();
      this.onStateChange(false);
    };
    return worker;
  }

  kill(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
