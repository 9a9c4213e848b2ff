// Counts, legend and filters. Every filter change goes through the controller; this module only reads.
import { NodeTypes, type EventType, type NodeType } from "@newsgraph/graph-model";
import { articleFacets, NO_FILTERS, type Filters } from "../../state/filters";
import { inkOn, legendEntries } from "../../state/style";
import type { Controller } from "../controller";
import { button, el } from "../dom";
import { timeline } from "./timeline";

/** Toggles `value` in a list filter; null (no restriction) means every value of `all` is in. */
function toggled<T>(current: T[] | null, all: readonly T[], value: T, on: boolean): T[] | null {
  const set = new Set(current ?? all);
  if (on) set.add(value);
  else set.delete(value);
  return set.size === all.length ? null : all.filter((v) => set.has(v));
}

function checkList<T extends string>(title: string, id: string, values: readonly T[], labelOf: (v: T) => string, read: (f: Filters) => T[] | null, write: (f: Filters, v: T[] | null) => Filters, controller: Controller) {
  const boxes = values.map((value) => {
    const box = el("input", { attrs: { type: "checkbox", value, "data-filter": id } });
    box.addEventListener("change", () => controller.set({ filters: write(controller.state.filters, toggled(read(controller.state.filters), values, value, box.checked)) }));
    return { value, box, row: el("label", { class: "check" }, [box, el("span", { text: labelOf(value) })]) };
  });
  const section = el("details", { class: "filter", attrs: { open: "", id: `filter-${id}` } }, [el("summary", { text: title }), ...boxes.map((b) => b.row)]);
  const update = () => {
    const chosen = read(controller.state.filters);
    for (const b of boxes) b.box.checked = !chosen || chosen.includes(b.value);
  };
  return { section, update };
}

/** A legend swatch: the node's colour with its pictogram, as on the canvas. */
export function swatch(color: string, image: string): HTMLElement {
  const box = el("span", { class: "swatch picto" });
  box.style.background = color;
  const icon = el("span", { class: "picto-icon" });
  icon.style.backgroundColor = inkOn(color);
  icon.style.maskImage = `url("${image}")`;
  box.append(icon);
  return box;
}

export function sidebar(controller: Controller): HTMLElement {
  const { graph } = controller;
  const counts = el("p", { class: "counts", attrs: { id: "counts" } });
  const legend = el("ul", { class: "legend", attrs: { id: "legend" } });
  const presentTypes = NodeTypes.filter((t) => graph.someNode((_id, a) => a.type === t));
  const eventTypes = [...new Set(graph.filterNodes((_id, a) => a.type === "Event").map((id) => (graph.getNodeAttributes(id) as { eventType: EventType }).eventType))].sort();
  const facets = articleFacets(graph);
  const titles = new Map(facets.articles.map((a) => [a.id, a.title]));
  const lists = [
    checkList<NodeType>("Node types", "types", presentTypes, (t) => t, (f) => f.nodeTypes, (f, v) => ({ ...f, nodeTypes: v }), controller),
    checkList<EventType>("Event types", "events", eventTypes, (t) => t.replace(/_/g, " "), (f) => f.eventTypes, (f, v) => ({ ...f, eventTypes: v }), controller),
    checkList<string>("Sources", "sources", facets.sources, (s) => s, (f) => f.sources, (f, v) => ({ ...f, sources: v }), controller),
    checkList<string>("Articles", "articles", facets.articles.map((a) => a.id), (id) => titles.get(id) ?? id, (f) => f.articles, (f, v) => ({ ...f, articles: v }), controller),
  ].filter((l) => l.section.querySelectorAll("input").length > 0);
  const time = timeline(controller);
  const reset = button("Reset filters", () => controller.set({ filters: NO_FILTERS, exploration: null }), { attrs: { id: "reset-filters" } });

  const update = () => {
    const { nodes, edges, statements } = controller.visibility;
    if (controller.state.mode === "spoke") {
      const { graph: spoke } = controller.spoke;
      let said = 0;
      for (const list of statements?.values() ?? []) said += list.length;
      counts.textContent = `${nodes.size} of ${spoke.order} actors · ${edges.size} of ${spoke.size} links · ${said} statements`;
    } else {
      counts.textContent = `${nodes.size} of ${graph.order} nodes · ${edges.size} of ${graph.size} edges`;
    }
    const rows = legendEntries(graph, nodes).map((entry) => el("li", { attrs: { "data-category": entry.category } }, [swatch(entry.color, entry.image), el("span", { text: entry.label }), el("span", { class: "count", text: String(entry.count) })]));
    if (controller.state.mode === "spoke") rows.push(el("li", { class: "edge-key", attrs: { "data-category": "spoke-about" } }, [el("span", { class: "arrow-key", text: "→" }), el("span", { text: "spoke about (width: statements)" })]));
    legend.replaceChildren(...rows);
    for (const l of lists) l.update();
    time.update();
  };
  controller.subscribe((changed) => {
    if (changed.has("filters") || changed.has("mode") || changed.has("exploration") || changed.has("hops")) update();
  });
  update();
  return el("div", {}, [counts, el("h2", { text: "Legend" }), legend, el("h2", { text: "Filters" }), reset, time.root, ...lists.map((l) => l.section)]);
}
