// Which part of a graph file `newsgraph push` sends: the whole graph, or the nodes that pass every filter
// given (ego network, node or event types, articles, dates), with the relationships among them.
import { articleNodeId, EventTypes, inDateRange, IsoDate, MemoryStore, NodeTypes, type NodeAttributes, type SerializedGraph } from "@newsgraph/graph-model";
import { CliError } from "../errors";

export interface Selection {
  /** A node id, or a name or alias (it must name exactly one node). */
  ego?: string;
  hops?: number;
  /** Node types (Actor, Statement, ...) and event types (attack, ...). */
  types?: readonly string[];
  /** Article ids: the nodes mentioned in them, and the articles themselves. */
  articles?: readonly string[];
  since?: string;
  until?: string;
}

/** The id `ego` names: an id, or the one node with that name or alias. */
export function resolveNode(store: MemoryStore, ego: string): string {
  if (store.node(ego)) return ego;
  const ids = store.idsByName(ego);
  if (ids.length === 1) return ids[0]!;
  if (!ids.length) throw new CliError(`no node has the id or name "${ego}" (newsgraph stats <graph> --json lists ids)`);
  throw new CliError(`"${ego}" names ${ids.length} nodes (${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", ..." : ""}): pass one id to --ego`);
}

function checkDate(flag: string, value: string | undefined): void {
  if (value !== undefined && !IsoDate.safeParse(value).success) throw new CliError(`${flag} ${value}: expected a date as YYYY-MM-DD, e.g. 2025-06-03`);
}

/** The date a statement, event or article is from: its own, else its article's publication date. */
function dateOf(store: MemoryStore, a: NodeAttributes): string | undefined {
  if (a.type === "Article") return a.published;
  if (a.type !== "Statement" && a.type !== "Event") return undefined;
  if (a.date) return a.date;
  const article = store.node(articleNodeId(a.article))?.attributes;
  return article?.type === "Article" ? article.published : undefined;
}

const DATED = new Set(["Statement", "Event", "Article"]);

export function isWholeGraph(selection: Selection): boolean {
  return !selection.ego && !selection.types?.length && !selection.articles?.length && !selection.since && !selection.until;
}

export function selectSubgraph(store: MemoryStore, selection: Selection): SerializedGraph {
  if (isWholeGraph(selection)) return store.exportSync();
  checkDate("--since", selection.since);
  checkDate("--until", selection.until);
  let keep = new Set(store.graph.nodes());
  const narrow = (ids: Iterable<string>) => {
    const next = new Set(ids);
    keep = new Set([...keep].filter((id) => next.has(id)));
  };

  if (selection.ego) narrow(store.egoIds(resolveNode(store, selection.ego), selection.hops ?? 1));

  if (selection.types?.length) {
    const unknown = selection.types.filter((t) => !(NodeTypes as readonly string[]).includes(t) && !(EventTypes as readonly string[]).includes(t));
    if (unknown.length) throw new CliError(`--type ${unknown.join(", ")}: not a node type (${NodeTypes.join(", ")}) or event type (${EventTypes.join(", ")})`);
    const nodeTypes = new Set(selection.types.filter((t) => (NodeTypes as readonly string[]).includes(t)));
    const eventTypes = new Set(selection.types.filter((t) => (EventTypes as readonly string[]).includes(t)));
    narrow([...keep].filter((id) => {
      const a = store.graph.getNodeAttributes(id);
      return nodeTypes.has(a.type) || (a.type === "Event" && eventTypes.has(a.eventType));
    }));
  }

  if (selection.articles?.length) {
    narrow(selection.articles.flatMap((article) => store.idsInArticle(article)));
  }

  if (selection.since || selection.until) {
    const dated = [...keep].filter((id) => {
      const a = store.graph.getNodeAttributes(id);
      return DATED.has(a.type) && inDateRange(dateOf(store, a), selection);
    });
    // Actors, places and agreements have no date: they stay when linked to a statement or event that does.
    const linked = new Set(dated);
    for (const id of dated) for (const other of store.graph.neighbors(id)) if (!DATED.has(store.graph.getNodeAttributes(other).type)) linked.add(other);
    narrow(linked);
  }
  return store.induced(keep);
}
