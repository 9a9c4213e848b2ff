// The top bar: search, view, node size, export.
import type { Mode } from "../../state/filters";
import type { SizeBy } from "../../state/style";
import type { Controller } from "../controller";
import { button, el } from "../dom";

export interface ToolbarActions {
  exportAs(format: "json" | "gexf" | "cypher" | "png"): void;
}

export function toolbar(controller: Controller, search: HTMLElement, actions: ToolbarActions) {
  const modeButton = (mode: Mode, text: string) =>
    button(text, () => controller.set({ mode, edge: null }), { attrs: { "data-mode": mode, "aria-pressed": "false" }, class: "mode" });
  const modes = [modeButton("spoke", "Who spoke about whom"), modeButton("graph", "Full graph")];
  const size = el("select", { attrs: { id: "size-by", "aria-label": "Node size" }, on: { change: () => controller.set({ sizeBy: size.value as SizeBy }) } }, [
    el("option", { text: "Size: degree", attrs: { value: "degree" } }),
    el("option", { text: "Size: PageRank", attrs: { value: "pagerank" } }),
  ]);
  const selectionOnly = el("input", { attrs: { type: "checkbox", id: "export-selection" } });
  const exportMenu = el("details", { class: "menu", attrs: { id: "export-menu" } }, [
    el("summary", { text: "Export" }),
    el("div", { class: "menu-body" }, [
      el("label", {}, [selectionOnly, " selection only"]),
      button("Graph JSON", () => actions.exportAs("json"), { attrs: { "data-export": "json" } }),
      button("GEXF (Gephi)", () => actions.exportAs("gexf"), { attrs: { "data-export": "gexf" } }),
      button("Cypher script (Neo4j)", () => actions.exportAs("cypher"), { attrs: { "data-export": "cypher" } }),
      button("PNG image", () => actions.exportAs("png"), { attrs: { "data-export": "png" } }),
    ]),
  ]);
  const root = el("div", { class: "toolbar" }, [el("strong", { class: "brand", text: "newsgraph" }), search, el("div", { class: "group", attrs: { role: "group", "aria-label": "Mode" } }, modes), size, exportMenu]);

  const update = () => {
    for (const b of modes) b.setAttribute("aria-pressed", String(b.dataset.mode === controller.state.mode));
    size.value = controller.state.sizeBy;
  };
  controller.subscribe(update);
  update();
  return {
    root,
    selectionOnly: () => selectionOnly.checked,
  };
}
