// The empty state, notices about dropped URL parts, and the hover cards: a node's name (a statement's
// words, quoted only when it is a direct quote), a spoke-about edge's statements.
import { spokeStatements, type StatementRef } from "../../state/details";
import { labelOf, statementText } from "../../state/graph";
import type { Controller } from "../controller";
import { byId, el } from "../dom";

export function showEmptyState(title: string, hint: string, hideStatus = true): void {
  const box = byId("empty");
  box.replaceChildren(el("h2", { text: title }), el("p", { text: hint }));
  box.hidden = false;
  if (hideStatus) byId("status").textContent = "";
  document.body.dataset.ready = document.body.dataset.ready ?? "empty";
}

/** A dismissable notice listing what the link asked for that this graph does not have. */
export function showNotice(problems: string[]): void {
  const box = byId("notice");
  const close = el("button", { text: "×", attrs: { type: "button", "aria-label": "Dismiss" }, on: { click: () => (box.hidden = true) } });
  box.replaceChildren(el("strong", { text: "Parts of this link were ignored: " }), el("ul", {}, problems.slice(0, 8).map((p) => el("li", { text: p }))), close);
  box.hidden = false;
}

const place = (tip: HTMLElement, at: { x: number; y: number }) => {
  const stage = byId("stage").getBoundingClientRect();
  tip.hidden = false;
  const left = Math.min(at.x + 14, stage.width - tip.offsetWidth - 8);
  const top = at.y + 14 + tip.offsetHeight > stage.height ? Math.max(4, at.y - tip.offsetHeight - 14) : at.y + 14;
  tip.style.left = `${Math.max(4, left)}px`;
  tip.style.top = `${top}px`;
};

/** One statement as a line of a card or list: its words (quoted only if direct), kind, date and article. */
export function statementLine(s: StatementRef, max = 200): HTMLElement[] {
  return [
    el("span", { class: s.kind === "direct" ? "quote-text direct" : "quote-text reported", text: statementText(s, max) }),
    el("div", { class: "meta", text: [s.kind === "direct" ? "direct quote" : "reported speech", s.date, s.articleTitle].filter(Boolean).join(" · ") }),
  ];
}

export function tooltip(controller: Controller, id: string | null, at: { x: number; y: number } | null): void {
  const tip = byId("tooltip");
  delete tip.dataset.edge;
  if (!id || !at) {
    tip.hidden = true;
    return;
  }
  const { graph } = controller;
  const a = graph.getNodeAttributes(id);
  const speakers = a.type === "Statement" ? graph.inNeighbors(id).filter((s) => graph.getNodeAttribute(s, "type") === "Actor").map((s) => labelOf(graph.getNodeAttributes(s))) : [];
  const rows: (HTMLElement | null)[] = [];
  if (a.type === "Statement") rows.push(el("div", { class: a.kind === "direct" ? "quote-text direct" : "quote-text reported", text: statementText(a, 300) }), el("div", { class: "muted", text: `— ${speakers.join(", ") || "unknown speaker"}` }));
  else rows.push(el("strong", { text: labelOf(a, 120) }), el("div", { class: "muted", text: a.type === "Actor" ? `${a.actorType}` : a.type }));
  if (controller.state.mode === "spoke" && a.type === "Actor") {
    const own = controller.spoke.selfStatements.get(id)?.length ?? 0;
    const { edges, statements } = controller.visibility;
    let said = 0, about = 0;
    controller.spoke.graph.forEachEdge(id, (key, _attrs, source) => {
      if (!edges.has(key)) return;
      if (source === id) said += statements?.get(key)?.length ?? 0;
      else about += statements?.get(key)?.length ?? 0;
    });
    rows.push(el("div", { class: "muted", text: `spoke about others ${said}× · spoken about ${about}×${own ? ` · about themselves ${own}×` : ""}` }));
  }
  tip.replaceChildren(...rows.filter((r): r is HTMLElement => !!r));
  place(tip, at);
}

const CARD_STATEMENTS = 4;

/** The card of a spoke-about edge: who spoke about whom, how often, and the first statements. */
export function edgeTooltip(controller: Controller, key: string | null, at: { x: number; y: number } | null): void {
  const tip = byId("tooltip");
  if (!key || !at || controller.state.mode !== "spoke" || !controller.spoke.graph.hasEdge(key)) {
    delete tip.dataset.edge;
    tip.hidden = true;
    return;
  }
  const { graph, spoke } = controller;
  const ids = controller.visibility.statements?.get(key) ?? [];
  const list = spokeStatements(graph, ids);
  const name = (id: string) => labelOf(graph.getNodeAttributes(id), 60);
  tip.replaceChildren(
    el("strong", { text: `${name(spoke.graph.source(key))} → ${name(spoke.graph.target(key))}` }),
    el("div", { class: "muted", text: `${list.length} statement${list.length === 1 ? "" : "s"} · click for the sentences` }),
    el("ul", { class: "card-statements" }, list.slice(0, CARD_STATEMENTS).map((s) => el("li", {}, statementLine(s, 160)))),
    ...(list.length > CARD_STATEMENTS ? [el("div", { class: "muted", text: `…and ${list.length - CARD_STATEMENTS} more` })] : []),
  );
  tip.dataset.edge = key;
  place(tip, at);
}
