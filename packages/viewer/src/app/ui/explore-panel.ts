// Actions on the selected node: explore from it, expand / collapse k hops, show more of a hub, and
// the shortest path to another node.
import { collapseNode, expandNode, startExploration } from "../../state/explore";
import { labelOf } from "../../state/graph";
import { EXPAND_CAP, type AppState, type Controller } from "../controller";
import { button, el } from "../dom";

export function explorePanel(controller: Controller, actions: { select(id: string): void; explore(patch: Partial<AppState>): void }): HTMLElement {
  const { graph } = controller;
  const { selected, exploration, hops, path, pathStart } = controller.state;
  const options = () => ({ cap: EXPAND_CAP });
  const explore = actions.explore;
  const rows: (HTMLElement | string)[] = [];

  if (selected) {
    const inView = controller.shown.hasNode(selected);
    const shown = controller.explored?.shown.has(selected);
    const remaining = controller.explored?.remaining.get(selected) ?? 0;
    const hopsSelect = el("select", { attrs: { id: "hops", "aria-label": "Hops" }, on: { change: () => controller.set({ hops: Number(hopsSelect.value) }) } }, [1, 2, 3].map((n) => el("option", { text: `${n} hop${n > 1 ? "s" : ""}`, attrs: { value: String(n) } })));
    hopsSelect.value = String(hops);
    const buttons = [
      inView && (!exploration || !shown) ? button("Explore from here", () => explore({ exploration: startExploration(selected, controller.state.hops) }), { attrs: { id: "explore" } }) : null,
      exploration && shown ? button("Expand", () => explore({ exploration: expandNode(exploration, selected, controller.state.hops) }), { attrs: { id: "expand" } }) : null,
      exploration && shown && remaining > 0 ? button(`Show ${Math.min(remaining, EXPAND_CAP)} more of ${remaining}`, () => explore({ exploration: expandNode(exploration, selected, controller.state.hops) }), { attrs: { id: "show-more" } }) : null,
      exploration && shown ? button("Collapse", () => explore({ exploration: collapseNode(controller.shown, exploration, selected, options()) }), { attrs: { id: "collapse" } }) : null,
      button(pathStart === selected ? "Now select the other end…" : "Path from here", () => controller.set({ pathStart: selected, path: null }), { attrs: { id: "path-from" } }),
    ];
    rows.push(el("div", { class: "actions" }, [hopsSelect, ...buttons]));
  }
  if (exploration) rows.push(el("p", { class: "muted" }, [`Exploring from ${labelOf(graph.getNodeAttributes(exploration.root))} · `, button("Show everything", () => controller.set({ exploration: null }), { attrs: { id: "show-all" } })]));
  if (path) {
    const found = controller.path;
    const steps = found ? found.order.map((id) => el("li", {}, [el("a", { text: labelOf(graph.getNodeAttributes(id)), attrs: { href: "#", "data-node": id }, on: { click: (e) => (e.preventDefault(), actions.select(id)) } })])) : [];
    rows.push(
      el("section", { class: "path", attrs: { id: "path-result" } }, [
        el("h3", { text: found ? `Shortest path: ${found.order.length - 1} steps` : "No path between these two in the current view" }),
        el("ol", {}, steps),
        button("Clear path", () => controller.set({ path: null, pathStart: null }), { attrs: { id: "clear-path" } }),
      ]),
    );
  }
  return el("div", { class: "explore" }, rows);
}
