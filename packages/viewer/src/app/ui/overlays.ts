// The empty state and the hover tooltip (full quote text of statements).
import { labelOf, type ViewerGraph } from "../../state/graph";
import { byId, el } from "../dom";

export function showEmptyState(title: string, hint: string, hideStatus = true): void {
  const box = byId("empty");
  box.replaceChildren(el("h2", { text: title }), el("p", { text: hint }));
  box.hidden = false;
  if (hideStatus) byId("status").textContent = "";
  document.body.dataset.ready = document.body.dataset.ready ?? "empty";
}

export function tooltip(graph: ViewerGraph, id: string | null, at: { x: number; y: number } | null): void {
  const tip = byId("tooltip");
  if (!id || !at) {
    tip.hidden = true;
    return;
  }
  const a = graph.getNodeAttributes(id);
  const speakers = a.type === "Statement" ? graph.inNeighbors(id).map((s) => labelOf(graph.getNodeAttributes(s))) : [];
  tip.replaceChildren(
    a.type === "Statement" ? el("q", { text: a.text }) : el("strong", { text: labelOf(a, 120) }),
    el("div", { class: "muted", text: a.type === "Statement" ? `— ${speakers.join(", ") || "unknown speaker"}` : a.type }),
  );
  tip.style.left = `${at.x + 14}px`;
  tip.style.top = `${at.y + 14}px`;
  tip.hidden = false;
}
