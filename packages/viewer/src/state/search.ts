// Full-text search over names, aliases and statement text, with diacritics and typographic quotes folded
// (graph-model's foldText, the same folding as the store's name index), prefix and fuzzy matching.
import MiniSearch from "minisearch";
import { foldText, type NodeType } from "@newsgraph/graph-model";
import { labelOf, type ViewerGraph } from "./graph";

export interface SearchHit {
  id: string;
  label: string;
  type: NodeType;
  score: number;
}

interface SearchDoc {
  id: string;
  name: string;
  aliases: string;
  text: string;
  label: string;
  type: NodeType;
}

function docOf(id: string, a: ReturnType<ViewerGraph["getNodeAttributes"]>): SearchDoc {
  const name = a.type === "Statement" ? "" : a.type === "Event" ? a.label : a.type === "Article" ? a.title ?? a.name : a.name;
  const aliases = a.type === "Actor" || a.type === "Place" ? (a.aliases ?? []).join(" ") : "";
  const text = a.type === "Statement" ? a.text : a.type === "Actor" ? (a.roles ?? []).join(" ") : "";
  return { id, name, aliases, text, label: labelOf(a), type: a.type };
}

const TYPE_BOOST: Partial<Record<NodeType, number>> = { Actor: 3, Agreement: 2, Event: 1.5, Place: 1.5 };

export class GraphSearch {
  private readonly index: MiniSearch<SearchDoc>;

  constructor(graph: ViewerGraph) {
    this.index = new MiniSearch<SearchDoc>({
      fields: ["name", "aliases", "text"],
      storeFields: ["label", "type"],
      processTerm: (term) => foldText(term).replace(/^['"]+|['"]+$/g, "") || null,
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 3, aliases: 2 }, combineWith: "AND" },
    });
    this.index.addAll(graph.mapNodes((id, a) => docOf(id, a)));
  }

  search(query: string, limit = 10): SearchHit[] {
    if (!query.trim()) return [];
    return this.index
      .search(query, { boostDocument: (_id, _term, stored) => TYPE_BOOST[(stored?.type as NodeType) ?? "Article"] ?? 1 })
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), label: r.label as string, type: r.type as NodeType, score: r.score }));
  }
}
