// The detail panel: what the selected node is, what it is linked to, and the article words behind it.
import { articleNodeId } from "@newsgraph/graph-model";
import { articleTitle, detailsOf, isWebUrl, spokeStatements, type Details, type NodeRef, type StatementRef } from "../../state/details";
import { labelOf, statementText } from "../../state/graph";
import type { AppState } from "../controller";
import { colorOf } from "../../state/style";
import type { Controller } from "../controller";
import { button, el } from "../dom";
import { articleView, excerptView } from "./provenance-view";
import { explorePanel } from "./explore-panel";

const MAX_LISTED = 30;

export interface PanelActions {
  select(id: string): void;
  /** A change of exploration or path: the camera frames what it shows. */
  explore(patch: Partial<AppState>): void;
}

function section(title: string, items: HTMLElement[], empty = "None."): HTMLElement {
  const shown = items.slice(0, MAX_LISTED);
  const more = items.length > MAX_LISTED ? el("li", { class: "muted", text: `…and ${items.length - MAX_LISTED} more` }) : null;
  return el("section", { attrs: { "data-section": title } }, [el("h3", { text: `${title} (${items.length})` }), items.length ? el("ul", {}, [...shown, more]) : el("p", { class: "muted", text: empty })]);
}

function fields(rows: [string, string | undefined][]): HTMLElement {
  return el("dl", {}, rows.filter(([, v]) => v).flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v! })]));
}

/** The article's URL, as a link only when it is a web address: anything else from an input file stays text. */
function originalLink(url: string | undefined): HTMLElement {
  if (!url) return el("span");
  if (!isWebUrl(url)) return el("p", { class: "muted", text: url });
  return el("p", {}, [el("a", { text: "Original article", attrs: { href: url, rel: "noopener noreferrer", target: "_blank" } })]);
}

export function detailPanel(controller: Controller, actions: PanelActions): HTMLElement {
  const { graph } = controller;
  const root = el("div", { attrs: { id: "details" } });
  const link = (ref: NodeRef | { id: string; label: string }) => el("a", { text: ref.label, attrs: { href: "#", "data-node": ref.id }, on: { click: (e) => (e.preventDefault(), actions.select(ref.id)) } });
  const refItem = (ref: NodeRef) => el("li", {}, [link(ref), ref.role ? el("span", { class: "role", text: ` (${ref.role})` }) : null]);
  const articleLink = (articleId: string) => (graph.hasNode(articleNodeId(articleId)) ? link({ id: articleNodeId(articleId), label: articleTitle(graph, articleId) }) : el("span", { text: articleId }));

  // Quotation marks for direct quotes only: reported speech is the journalist's words, not the speaker's.
  const statementItem = (s: StatementRef, withExcerpt: boolean) =>
    el("li", { class: "statement", attrs: { "data-statement": s.id, "data-kind": s.kind } }, [
      el("span", { class: s.kind === "direct" ? "quote-text direct" : "quote-text reported" }, [link({ id: s.id, label: statementText(s) })]),
      el("div", { class: "meta" }, [
        s.speakers.length ? el("span", {}, ["— ", ...s.speakers.flatMap((sp, i) => [i ? ", " : "", link(sp)])]) : el("span", { class: "muted", text: "— speaker unknown" }),
        s.cue ? ` ${s.cue}` : "",
        ` · ${s.kind === "direct" ? "direct quote" : "reported speech"}`,
        s.date ? ` · ${s.date}` : "",
        " · ",
        articleLink(s.article),
        s.about.length ? el("span", {}, [" · about ", ...s.about.flatMap((a, i) => [i ? ", " : "", link(a)])]) : null,
      ]),
      withExcerpt ? excerptView(s.provenance) : null,
    ]);

  const body = (d: Details): HTMLElement[] => {
    switch (d.type) {
      case "Actor":
        return [
          fields([["Type", d.actorType], ["Roles", d.roles.join("; ")], ["Also called", d.aliases.join(", ")], ["Affiliation", d.affiliation]]),
          section("Statements made", d.said.map((s, i) => statementItem(s, i < 10))),
          section("Statements about them", d.spokenAbout.map((s, i) => statementItem(s, i < 5))),
          section("Agreements", d.agreements.map(refItem)),
          section("Events", d.events.map(refItem)),
          section("Articles", d.articles.map(refItem)),
        ];
      case "Statement":
        return [
          el("figure", { class: "quote" }, [excerptView(d.statement.provenance)]),
          fields([["Kind", d.statement.kind === "direct" ? "direct quote" : "reported speech"], ["Cue", d.statement.cue], ["Channel", d.channel], ["Date", d.statement.date]]),
          section("Said by", d.statement.speakers.map(refItem), "Speaker not identified."),
          section("About", d.statement.about.map(refItem)),
          el("p", {}, ["Article: ", articleLink(d.statement.article)]),
        ];
      case "Event":
        return [
          fields([["Type", `${d.eventType.replace(/_/g, " ")} (${d.category})`], ["What", d.description], ["When", [d.date, d.time].filter(Boolean).join(", ") || undefined], ["Counts", d.counts.map(([k, n]) => `${k}: ${n}`).join(", ")]]),
          excerptView(d.provenance),
          section("Participants", d.participants.map(refItem)),
          section("Where", d.places.map(refItem)),
          section("Statements about it", d.statements.map((s) => statementItem(s, false))),
          el("p", {}, ["Article: ", articleLink(d.article)]),
        ];
      case "Agreement":
        return [
          fields([["Type", d.agreementType], ["Status", d.status.replace(/_/g, " ")], ["History", d.statusHistory.join(", ")]]),
          excerptView(d.provenance),
          section("Parties", d.parties.map(refItem)),
          section("Statements that mention it", d.statements.map((s) => statementItem(s, false))),
        ];
      case "Place":
        return [fields([["Type", d.placeType]]), excerptView(d.provenance), section("Events here", d.events.map(refItem))];
      case "Article":
        return [fields([["Title", d.title], ["Source", d.source], ["Published", d.published], ["File", d.name]]), originalLink(d.url), articleView(d.name), section("In this article", d.mentions.map(refItem))];
    }
  };

  const heading = (id: string) => {
    const a = graph.getNodeAttributes(id);
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = colorOf(a);
    const title = a.type === "Statement" ? (a.kind === "direct" ? "Quote" : "Reported statement") : labelOf(a, 200);
    return el("header", {}, [el("span", { class: "kind" }, [swatch, a.type]), el("h2", { text: title, attrs: { id: "detail-title" } })]);
  };

  /** A spoke-about edge: every statement behind it (that the filters let through), each in its sentence. */
  const edgeBody = (key: string): HTMLElement[] => {
    const { spoke } = controller;
    const source = spoke.graph.source(key), target = spoke.graph.target(key);
    const list = spokeStatements(graph, controller.visibility.statements?.get(key) ?? spoke.graph.getEdgeAttribute(key, "statements"));
    return [
      el("header", {}, [el("span", { class: "kind", text: "Spoke about" }), el("h2", { attrs: { id: "detail-title" } }, [link({ id: source, label: labelOf(graph.getNodeAttributes(source), 80) }), " → ", link({ id: target, label: labelOf(graph.getNodeAttributes(target), 80) })])]),
      section("Statements", list.map((s, i) => statementItem(s, i < 12))),
    ];
  };

  const render = () => {
    const { selected, edge } = controller.state;
    if (edge && controller.spoke.graph.hasEdge(edge)) {
      root.replaceChildren(...edgeBody(edge));
      return;
    }
    if (!selected || !graph.hasNode(selected)) {
      const hint = controller.state.mode === "spoke" ? "Each arrow points from a speaker to whom they spoke about; its width counts the statements. Hover an arrow for the quotes, click it for the sentences. Search with /." : "Click a node or search (press /) to see who said what, with the article's words.";
      root.replaceChildren(el("p", { class: "hint", text: hint }), explorePanel(controller, actions));
      return;
    }
    root.replaceChildren(heading(selected), explorePanel(controller, actions), ...body(detailsOf(graph, selected)));
  };
  controller.subscribe((changed) => {
    if (["selected", "edge", "path", "pathStart", "exploration", "hops", "mode", "filters"].some((k) => changed.has(k as keyof AppState))) render();
  });
  render();
  return root;
}
