// The app's state and what follows from it. Plain object in, derived sets out; the renderer and the
// panels subscribe and redraw. Each derivation runs only when one of its inputs changed.
import { computeVisibility, type Visibility } from "../state/filters";
import { replayExploration, type ExploredView } from "../state/explore";
import type { ViewerGraph } from "../state/graph";
import { shortestPath, type FoundPath } from "../state/path";
import type { ViewState } from "../state/reducers";
import { computeSizes } from "../state/style";
import type { UrlState } from "../state/url-state";

export interface AppState extends UrlState {
  hovered: string | null;
  /** First end of a path being picked: the next selection completes it. */
  pathStart: string | null;
  hops: number;
}

export const EXPAND_CAP = 25;
type Key = keyof AppState;
type Listener = (changed: ReadonlySet<Key>) => void;

export class Controller {
  state: AppState;
  visibility!: Visibility;
  explored: ExploredView | null = null;
  sizes!: Map<string, number>;
  path: FoundPath | null = null;
  private readonly listeners: Listener[] = [];

  constructor(readonly graph: ViewerGraph, initial: AppState) {
    this.state = initial;
    this.derive(new Set(Object.keys(initial) as Key[]));
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  set(patch: Partial<AppState>): void {
    const changed = new Set<Key>();
    for (const [k, v] of Object.entries(patch) as [Key, unknown][]) {
      if (this.state[k] !== v) changed.add(k);
    }
    if (!changed.size) return;
    this.state = { ...this.state, ...patch };
    this.derive(changed);
    for (const listener of this.listeners) listener(changed);
  }

  viewState(): ViewState {
    const { selected, hovered } = this.state;
    return { visibility: this.visibility, sizes: this.sizes, selected, hovered, path: this.path };
  }

  private derive(changed: ReadonlySet<Key>): void {
    const { filters, mode, exploration, hops } = this.state;
    const shapes = changed.has("filters") || changed.has("mode") || changed.has("exploration") || changed.has("hops");
    if (shapes) {
      const base = computeVisibility(this.graph, filters, mode);
      const allowed = (id: string) => base.nodes.has(id) && (this.graph.getNodeAttributes(id).type !== "Article" || id === exploration?.root);
      this.explored = exploration ? replayExploration(this.graph, exploration, { hops, cap: EXPAND_CAP, allowed }) : null;
      this.visibility = this.explored ? computeVisibility(this.graph, filters, mode, this.explored.shown) : base;
    }
    if (changed.has("sizeBy")) this.sizes = computeSizes(this.graph, this.state.sizeBy);
    if (shapes || changed.has("path")) {
      const [from, to] = this.state.path ?? [];
      const allowed = (id: string) => this.visibility.nodes.has(id) && this.graph.getNodeAttributes(id).type !== "Article";
      this.path = from && to ? shortestPath(this.graph, from, to, allowed) : null;
    }
  }
}
