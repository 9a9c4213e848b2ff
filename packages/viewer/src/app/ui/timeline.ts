// A histogram of dated nodes; click a bar to filter to its day or month, or set the range by hand.
import { binRange, computeVisibility, dateHistogram } from "../../state/filters";
import type { Controller } from "../controller";
import { button, el } from "../dom";

export function timeline(controller: Controller) {
  const { graph } = controller;
  const bars = el("div", { class: "bars", attrs: { id: "timeline-bars" } });
  const from = el("input", { attrs: { type: "date", "aria-label": "From date", id: "date-from" } });
  const to = el("input", { attrs: { type: "date", "aria-label": "To date", id: "date-to" } });
  const apply = () => controller.set({ filters: { ...controller.state.filters, dateFrom: from.value || null, dateTo: to.value || null } });
  from.addEventListener("change", apply);
  to.addEventListener("change", apply);
  const clear = button("All dates", () => controller.set({ filters: { ...controller.state.filters, dateFrom: null, dateTo: null } }));
  const root = el("details", { class: "filter timeline", attrs: { open: "", id: "filter-dates" } }, [el("summary", { text: "Timeline" }), bars, el("div", { class: "dates" }, [from, to, clear])]);

  const update = () => {
    const { filters, mode } = controller.state;
    // The histogram shows what the other filters let through, so the bars do not vanish when one is picked.
    const undated = computeVisibility(graph, { ...filters, dateFrom: null, dateTo: null }, mode, controller.explored?.shown ?? null);
    const bins = dateHistogram(graph, undated.nodes);
    const max = Math.max(1, ...bins.map((b) => b.count));
    bars.replaceChildren(
      ...bins.map((b) => {
        const [lo, hi] = binRange(b.bin);
        const inRange = (!filters.dateFrom || hi >= filters.dateFrom) && (!filters.dateTo || lo <= filters.dateTo);
        const bar = el("button", { class: inRange ? "bar" : "bar out", title: `${b.bin}: ${b.count}`, attrs: { type: "button", "data-bin": b.bin }, on: { click: () => controller.set({ filters: { ...controller.state.filters, dateFrom: lo, dateTo: hi } }) } });
        bar.style.height = `${Math.max(8, (b.count / max) * 100)}%`;
        return bar;
      }),
    );
    if (!bins.length) bars.replaceChildren(el("p", { class: "muted", text: "No dates known." }));
    from.value = filters.dateFrom ?? "";
    to.value = filters.dateTo ?? "";
  };
  return { root, update };
}
