// The app's state and what follows from it. Plain object in, derived sets out; the renderer and the
// panels subscribe and redraw. Each derivation runs only when one of its inputs changed.
import { computeSpokeVisibility, computeVisibility, type Visibility } from "../state/filters";
import { replayExploration, type ExploredView } from "../state/explore";
import type { ViewerGraph } from "../state/graph";
import { shortestPath, type FoundPath } from "../state/path";
import type { ShownGraph, ViewState } from "../state/reducers";
import { buildSpokeView, type SpokeView } from "../state/spoke";
import { computeSizes } from "../state/style";
import type { UrlState } from "../state/url-state";

export interface AppState extends UrlState {
  hovered: string | null;
  /** The spoke-about edge whose statements the panel shows. */
  edge: string | null;
  /** First end of a path being picked: the next selection completes it. */
  pathStart: string | null;
}

export const EXPAND_CAP = 25;
type Key = keyof AppState;
type Listener = (changed: ReadonlySet<Key>) => void;

export class Controller {
  state: AppState;
  readonly spoke: SpokeView;
  visibility!: Visibility;
  explored: ExploredView | null = null;
  sizes!: Map<string, number>;
  path: FoundPath | null = null;
  private readonly listeners: Listener[] = [];

  constructor(readonly graph: ViewerGraph, initial: AppState) {
    this.state = initial;
    this.spoke = buildSpokeView(graph);
    this.derive(new Set(Object.keys(initial) as Key[]));
  }

  /** The graph sigma draws in the current mode. */
  get shown(): ShownGraph {
    return (this.state.mode === "spoke" ? this.spoke.graph : this.graph) as unknown as ShownGraph;
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
    const { selected, hovered, edge } = this.state;
    return { visibility: this.visibility, sizes: this.sizes, selected, hovered, edge, path: this.path };
  }

  /** Visibility for the current mode, restricted to `explored` when exploring. */
  private visible(explored: ReadonlySet<string> | null): Visibility {
    const { filters, mode } = this.state;
    return mode === "spoke" ? computeSpokeVisibility(this.graph, this.spoke, filters, explored) : computeVisibility(this.graph, filters, explored);
  }

  private derive(changed: ReadonlySet<Key>): void {
    const { exploration, mode } = this.state;
    const shown = this.shown;
    const shapes = changed.has("filters") || changed.has("mode") || changed.has("exploration");
    if (shapes) {
      const base = this.visible(null);
      // Article nodes only through the root: every two actors of one article would otherwise be two hops apart.
      const allowed = (id: string) => base.nodes.has(id) && (shown.getNodeAttribute(id, "type") !== "Article" || id === exploration?.root);
      this.explored = exploration && shown.hasNode(exploration.root) ? replayExploration(shown, exploration, { cap: EXPAND_CAP, allowed }) : null;
      this.visibility = this.explored ? this.visible(this.explored.shown) : base;
    }
    if (changed.has("sizeBy") || changed.has("mode")) this.sizes = computeSizes(shown, this.state.sizeBy);
    if (shapes || changed.has("path")) {
      const [from, to] = this.state.path ?? [];
      const { nodes, edges } = this.visibility;
      const allowed = (id: string) => nodes.has(id) && shown.getNodeAttribute(id, "type") !== "Article";
      this.path = from && to && mode ? shortestPath(shown, from, to, allowed, (key) => edges.has(key)) : null;
    }
  }
}
