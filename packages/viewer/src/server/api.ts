// The viewer's JSON API, written against the GraphStore contract only, so that a Neo4j-backed store
// answers the same calls. Article texts travel separately (/api/articles/:id): the graph stays small.
import { articleNodeId, type GraphStore, type SerializedGraph } from "@newsgraph/graph-model";
import type { ArticleText } from "../api-types";

export type { ArticleText };

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const MAX_HOPS = 3;

/** An article's first non-blank line, clipped: its title when no metadata gave one (never the file name). */
export function firstLineTitle(text: string, max = 120): string | undefined {
  const line = /\S[^\n]*/.exec(text)?.[0].trim();
  if (!line) return undefined;
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > max / 2 ? cut.lastIndexOf(" ") : max)}…`;
}

type ArticleNode = Extract<SerializedGraph["nodes"][number]["attributes"], { type: "Article" }>;
const withoutText = (a: ArticleNode): ArticleNode => {
  const title = a.title ?? firstLineTitle(a.text);
  return { ...a, text: "", ...(title ? { title } : {}) };
};

/** The graph without article bodies (each Article keeps its other attributes, `text` is emptied, a title is given). */
export function withoutArticleText(graph: SerializedGraph): SerializedGraph {
  return {
    ...graph,
    attributes: { ...graph.attributes, articleText: "/api/articles/:id" },
    nodes: graph.nodes.map((n) => (n.attributes.type === "Article" ? { key: n.key, attributes: withoutText(n.attributes) } : n)),
  };
}

/**
 * GET /api/graph                   the whole graph
 * GET /api/graph?ego=ID&hops=N     the ego network of a node (N ≤ 3, default 1)
 * GET /api/graph?name=TEXT         the ego networks (1 hop) of nodes with that name or alias
 */
export async function graphQuery(store: GraphStore, params: URLSearchParams): Promise<SerializedGraph> {
  const ego = params.get("ego");
  const name = params.get("name");
  if (ego) {
    const hops = Number(params.get("hops") ?? 1);
    if (!Number.isInteger(hops) || hops < 0 || hops > MAX_HOPS) throw new HttpError(400, `hops must be an integer from 0 to ${MAX_HOPS}`);
    if (!(await store.getNode(ego))) throw new HttpError(404, `no node ${ego}`);
    return withoutArticleText(await store.subgraph({ ego: { id: ego, hops } }));
  }
  if (name) {
    const found = await store.findByName(name);
    const ids = new Set<string>();
    for (const n of found) {
      ids.add(n.id);
      for (const m of await store.neighbors(n.id)) ids.add(m.id);
    }
    return withoutArticleText(await store.subgraph({ nodes: [...ids] }));
  }
  return withoutArticleText(await store.export());
}

export async function nodeQuery(store: GraphStore, id: string) {
  const node = await store.getNode(id);
  if (!node) throw new HttpError(404, `no node ${id}`);
  const edges = await store.edgesOf(id);
  if (node.attributes.type === "Article") return { node: { ...node, attributes: withoutText(node.attributes) }, edges };
  return { node, edges };
}

export async function articleQuery(store: GraphStore, articleId: string): Promise<ArticleText> {
  const node = await store.getNode(articleNodeId(articleId));
  if (!node || node.attributes.type !== "Article") throw new HttpError(404, `no article ${articleId}`);
  const { name, title, source, url, published, text } = node.attributes;
  return { id: name, text, ...(title ? { title } : {}), ...(source ? { source } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}) };
}
