// A histogram of what is dated in the view (statements in the spoke-about view; statements, events and
// articles in the full graph), with its date axis and scale; click a bar to filter to its day or month,
// or set the range by hand. The date filter hides what has no date in range, actors and places included.
import { binRange, computeSpokeVisibility, computeVisibility, dateHistogram, hasDateFilter } from "../../state/filters";
import type { Controller } from "../controller";
import { button, el } from "../dom";

export function timeline(controller: Controller) {
  const { graph } = controller;
  const bars = el("div", { class: "bars", attrs: { id: "timeline-bars" } });
  const axis = el("div", { class: "axis", attrs: { id: "timeline-axis" } });
  const scale = el("div", { class: "scale muted", attrs: { id: "timeline-scale" } });
  const note = el("p", { class: "muted note", attrs: { id: "timeline-note" } });
  const from = el("input", { attrs: { type: "date", "aria-label": "From date", id: "date-from" } });
  const to = el("input", { attrs: { type: "date", "aria-label": "To date", id: "date-to" } });
  const apply = () => controller.set({ filters: { ...controller.state.filters, dateFrom: from.value || null, dateTo: to.value || null } });
  from.addEventListener("change", apply);
  to.addEventListener("change", apply);
  const clear = button("All dates", () => controller.set({ filters: { ...controller.state.filters, dateFrom: null, dateTo: null } }));
  const root = el("details", { class: "filter timeline", attrs: { open: "", id: "filter-dates" } }, [el("summary", { text: "Timeline" }), scale, bars, axis, note, el("div", { class: "dates" }, [from, to, clear])]);

  /** What the bars count: the dated items the other filters let through, so that bars do not vanish when one is picked. */
  const datedItems = (): Iterable<string> => {
    const { filters, mode } = controller.state;
    const undated = { ...filters, dateFrom: null, dateTo: null };
    const explored = controller.explored?.shown ?? null;
    if (mode === "graph") return computeVisibility(graph, undated, explored).nodes;
    const statements = new Set<string>();
    for (const list of computeSpokeVisibility(graph, controller.spoke, undated, explored).statements?.values() ?? []) for (const s of list) statements.add(s);
    return statements;
  };

  const update = () => {
    const { filters } = controller.state;
    const bins = dateHistogram(graph, datedItems());
    const max = Math.max(1, ...bins.map((b) => b.count));
    bars.replaceChildren(
      ...bins.map((b) => {
        const [lo, hi] = binRange(b.bin);
        const inRange = (!filters.dateFrom || hi >= filters.dateFrom) && (!filters.dateTo || lo <= filters.dateTo);
        const bar = el("button", { class: inRange ? "bar" : "bar out", title: `${b.bin}: ${b.count}`, attrs: { type: "button", "data-bin": b.bin, "aria-label": `${b.bin}: ${b.count}` }, on: { click: () => controller.set({ filters: { ...controller.state.filters, dateFrom: lo, dateTo: hi } }) } });
        bar.style.height = `${Math.max(8, (b.count / max) * 100)}%`;
        return bar;
      }),
    );
    const first = bins[0]?.bin, last = bins[bins.length - 1]?.bin;
    axis.replaceChildren(el("span", { text: first ?? "" }), el("span", { text: last && last !== first ? last : "" }));
    scale.textContent = bins.length ? `highest bar: ${max} ${controller.state.mode === "spoke" ? "statements" : "items"} per ${first && first.length === 7 ? "month" : "day"}` : "";
    for (const input of [from, to]) input.disabled = !bins.length && !hasDateFilter(filters);
    note.textContent = !bins.length
      ? hasDateFilter(filters)
        ? "Nothing in view has a date, so the date filter hides everything."
        : "No dates known: the articles carry no publication date (add `published:` front matter or a jsonl `published` field)."
      : hasDateFilter(filters)
        ? "Undated actors and places are hidden while a date range is set."
        : "";
    bars.hidden = !bins.length;
    from.value = filters.dateFrom ?? "";
    to.value = filters.dateTo ?? "";
  };
  return { root, update };
}
