// Search with autocomplete: type, pick with arrows and Enter (or a click); the pick selects the node.
import type { GraphSearch, SearchHit } from "../../state/search";
import { colorOf } from "../../state/style";
import type { ViewerGraph } from "../../state/graph";
import { el } from "../dom";

export function searchBox(graph: ViewerGraph, search: GraphSearch, onPick: (id: string) => void): { root: HTMLElement; input: HTMLInputElement; close(): void } {
  const input = el("input", { attrs: { id: "search", type: "search", placeholder: "Search names, aliases, quotes…  ( / )", autocomplete: "off", "aria-label": "Search", role: "combobox", "aria-controls": "search-results", "aria-expanded": "false" } });
  const list = el("ul", { attrs: { id: "search-results", role: "listbox" } });
  list.hidden = true;
  let hits: SearchHit[] = [];
  let active = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.label;
    onPick(hit.id);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const swatch = el("span", { class: "swatch" });
        swatch.style.background = colorOf(graph.getNodeAttributes(hit.id));
        return el("li", { class: i === active ? "active" : "", attrs: { role: "option", "data-id": hit.id }, on: { mousedown: (e) => (e.preventDefault(), pick(hit)) } }, [swatch, el("span", { class: "hit-label", text: hit.label }), el("span", { class: "hit-type", text: hit.type })]);
      }),
    );
    if (!hits.length && input.value.trim()) list.replaceChildren(el("li", { class: "none", text: "No match" }));
    list.hidden = !input.value.trim();
    input.setAttribute("aria-expanded", String(!list.hidden));
  };

  input.addEventListener("input", () => {
    hits = search.search(input.value, 12);
    active = 0;
    render();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % Math.max(hits.length, 1);
      render();
    } else if (e.key === "Enter") {
      pick(hits[active]);
    } else if (e.key === "Escape") {
      input.value = "";
      close();
      input.blur();
    }
  });
  input.addEventListener("blur", close);
  return { root: el("div", { class: "search" }, [input, list]), input, close };
}
