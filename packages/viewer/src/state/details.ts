// What the detail panel says about a node, as plain data: the app turns it into DOM text nodes.
import { articleNodeId, EventTaxonomy, excerpt, type EdgeType, type NodeAttributes, type NodeType, type Provenance } from "@newsgraph/graph-model";
import { dateOf, labelOf, type ViewerGraph } from "./graph";

export interface NodeRef {
  id: string;
  label: string;
  type: NodeType;
  role?: string;
}

export interface StatementRef {
  id: string;
  text: string;
  kind: string;
  cue?: string;
  /** Its own date, else its article's publication date. */
  date?: string;
  article: string;
  /** The article's title (or file name when it has none). */
  articleTitle: string;
  speakers: NodeRef[];
  about: NodeRef[];
  /** Where the words are in the article (its first mention). */
  provenance?: Provenance;
}

const refOf = (graph: ViewerGraph, id: string, role?: string): NodeRef => {
  const a = graph.getNodeAttributes(id);
  return { id, label: labelOf(a, 80), type: a.type, ...(role ? { role } : {}) };
};

/** Nodes linked to `id` by `edgeType` in one direction, with the edge's role where it has one. */
function linked(graph: ViewerGraph, id: string, edgeType: EdgeType, direction: "out" | "in"): NodeRef[] {
  const refs: NodeRef[] = [];
  const each = direction === "out" ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
  each(id, (_key, a, source, target) => {
    if (a.type !== edgeType) return;
    refs.push(refOf(graph, direction === "out" ? target : source, "role" in a ? a.role : undefined));
  });
  return refs.sort((x, y) => (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
}

/** An article's title for lists and links: its title, else its file name. */
export function articleTitle(graph: ViewerGraph, articleId: string): string {
  const id = articleNodeId(articleId);
  const a = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
  return a?.type === "Article" ? a.title ?? a.name : articleId;
}

export function statementRef(graph: ViewerGraph, id: string): StatementRef {
  const a = graph.getNodeAttributes(id);
  if (a.type !== "Statement") throw new Error(`${id} is not a statement`);
  const date = dateOf(graph, id);
  return {
    id,
    text: a.text,
    kind: a.kind,
    ...(a.cue ? { cue: a.cue } : {}),
    ...(date ? { date } : {}),
    article: a.article,
    articleTitle: articleTitle(graph, a.article),
    speakers: linked(graph, id, "SAID", "in"),
    about: linked(graph, id, "ABOUT", "out"),
    ...(a.provenance[0] ? { provenance: a.provenance[0] } : {}),
  };
}

const byDateThenText = (x: StatementRef, y: StatementRef) => (x.date ?? "").localeCompare(y.date ?? "") || x.text.localeCompare(y.text);
const statements = (graph: ViewerGraph, refs: NodeRef[]) => refs.map((r) => statementRef(graph, r.id)).sort(byDateThenText);

/** The statements behind one spoke-about edge, by date: what the panel and the hover card list. */
export function spokeStatements(graph: ViewerGraph, ids: readonly string[]): StatementRef[] {
  return ids.map((id) => statementRef(graph, id)).sort(byDateThenText);
}

export type Details =
  | { type: "Actor"; id: string; name: string; actorType: string; roles: string[]; aliases: string[]; affiliation?: string; said: StatementRef[]; spokenAbout: StatementRef[]; agreements: NodeRef[]; events: NodeRef[]; articles: NodeRef[] }
  | { type: "Statement"; id: string; statement: StatementRef; channel?: string }
  | { type: "Event"; id: string; label: string; eventType: string; category: string; description: string; time?: string; date?: string; counts: [string, number][]; participants: NodeRef[]; places: NodeRef[]; statements: StatementRef[]; article: string; provenance?: Provenance }
  | { type: "Agreement"; id: string; name: string; agreementType: string; status: string; statusHistory: string[]; parties: NodeRef[]; statements: StatementRef[]; provenance?: Provenance }
  | { type: "Place"; id: string; name: string; placeType?: string; events: NodeRef[]; provenance?: Provenance }
  | { type: "Article"; id: string; name: string; title?: string; source?: string; published?: string; url?: string; mentions: NodeRef[] };

export function detailsOf(graph: ViewerGraph, id: string): Details {
  const a: NodeAttributes = graph.getNodeAttributes(id);
  switch (a.type) {
    case "Actor":
      return {
        type: "Actor", id, name: a.name, actorType: a.actorType, roles: a.roles ?? [], aliases: a.aliases,
        ...(a.affiliation ? { affiliation: a.affiliation } : {}),
        said: statements(graph, linked(graph, id, "SAID", "out")),
        spokenAbout: statements(graph, linked(graph, id, "ABOUT", "in")),
        agreements: linked(graph, id, "PARTY_TO", "out"),
        events: linked(graph, id, "PARTICIPATED_IN", "out"),
        articles: linked(graph, id, "MENTIONED_IN", "out"),
      };
    case "Statement":
      return { type: "Statement", id, statement: statementRef(graph, id), ...(a.channel ? { channel: a.channel } : {}) };
    case "Event":
      return {
        type: "Event", id, label: a.label, eventType: a.eventType, category: EventTaxonomy[a.eventType].plover, description: EventTaxonomy[a.eventType].description,
        ...(a.time ? { time: a.time } : {}), ...(a.date ? { date: a.date } : {}),
        counts: Object.entries(a.counts ?? {}).sort(), participants: linked(graph, id, "PARTICIPATED_IN", "in"),
        places: linked(graph, id, "LOCATED_IN", "out"), statements: statements(graph, linked(graph, id, "ABOUT", "in")), article: a.article,
        ...(a.provenance[0] ? { provenance: a.provenance[0] } : {}),
      };
    case "Agreement":
      return {
        type: "Agreement", id, name: a.name, agreementType: a.agreementType, status: a.status, statusHistory: a.statusHistory ?? [],
        parties: linked(graph, id, "PARTY_TO", "in"), statements: statements(graph, linked(graph, id, "ABOUT", "in")),
        ...(a.provenance[0] ? { provenance: a.provenance[0] } : {}),
      };
    case "Place":
      return { type: "Place", id, name: a.name, ...(a.placeType ? { placeType: a.placeType } : {}), events: linked(graph, id, "LOCATED_IN", "in"), ...(a.provenance[0] ? { provenance: a.provenance[0] } : {}) };
    case "Article":
      return {
        type: "Article", id, name: a.name, ...(a.title ? { title: a.title } : {}), ...(a.source ? { source: a.source } : {}),
        ...(a.published ? { published: a.published } : {}), ...(a.url ? { url: a.url } : {}),
        mentions: [...linked(graph, id, "MENTIONED_IN", "in"), ...linked(graph, id, "REPORTED_IN", "in")],
      };
  }
}

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

/**
 * The sentence around a provenance span, split so that the span itself can be marked. A sentence too
 * long for the panel is cut at word boundaries (never mid-word), with an ellipsis where it was cut.
 */
export function quoteInContext(articleText: string, span: Pick<Provenance, "start" | "end">, max = 480): QuoteInContext | null {
  if (span.end > articleText.length || span.start > span.end || span.start < 0) return null;
  const around = excerpt(articleText, span.start, span.end, max);
  let lo = around.start, hi = around.end;
  const midWord = (i: number) => i > 0 && i < articleText.length && /\S/.test(articleText[i - 1]!) && /\S/.test(articleText[i]!);
  if (midWord(lo)) while (lo < span.start && /\S/.test(articleText[lo]!)) lo++;
  if (midWord(hi)) while (hi > span.end && /\S/.test(articleText[hi - 1]!)) hi--;
  const cutBefore = lo > 0 && !/[.!?\n]\s*$/.test(articleText.slice(Math.max(0, lo - 3), lo));
  const cutAfter = hi < articleText.length && !/[.!?\n]$/.test(articleText.slice(lo, hi)) && articleText[hi] !== "\n";
  const before = articleText.slice(lo, span.start).replace(/^\s+/, "");
  const after = articleText.slice(span.end, hi).replace(/\s+$/, "");
  return { before: (cutBefore && before ? "…" : "") + before, quote: articleText.slice(span.start, span.end), after: after + (cutAfter && after ? "…" : "") };
}

/** Whether an article URL may become a link: http(s) only, so a javascript: or data: URL in an input file never does. */
export const isWebUrl = (url: string): boolean => /^https?:\/\/\S/i.test(url);
