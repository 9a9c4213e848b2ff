// What a graph holds, at a glance: counts by type, the most connected actors, the articles.
import type { GraphCounts, MemoryStore } from "@newsgraph/graph-model";

export interface ActorStat {
  id: string;
  name: string;
  actorType: string;
  /** Edges other than MENTIONED_IN: what the actor said, did, is party to or affiliated with. */
  degree: number;
  /** Articles that mention the actor. */
  articles: number;
}

export interface ArticleStat {
  id: string;
  title?: string;
  source?: string;
  published?: string;
  /** Nodes with a mention in the article. */
  nodes: number;
}

export interface GraphStats {
  counts: GraphCounts;
  topActors: ActorStat[];
  articles: ArticleStat[];
}

export function graphStats(store: MemoryStore, top = 10): GraphStats {
  const actors: ActorStat[] = [];
  for (const id of store.idsOfType("Actor")) {
    const a = store.node(id)!.attributes;
    if (a.type !== "Actor") continue;
    const degree = store.edgesAt(id).filter((e) => e.attributes.type !== "MENTIONED_IN").length;
    actors.push({ id, name: a.name, actorType: a.actorType, degree, articles: new Set(a.provenance.map((p) => p.article)).size });
  }
  actors.sort((x, y) => y.degree - x.degree || y.articles - x.articles || (x.id < y.id ? -1 : 1));
  const articles: ArticleStat[] = [];
  for (const id of store.idsOfType("Article")) {
    const a = store.node(id)!.attributes;
    if (a.type !== "Article") continue;
    const stat: ArticleStat = { id: a.name, nodes: store.idsInArticle(a.name).filter((n) => n !== id).length };
    if (a.title) stat.title = a.title;
    if (a.source) stat.source = a.source;
    if (a.published) stat.published = a.published;
    articles.push(stat);
  }
  return { counts: store.countsSync(), topActors: actors.slice(0, top), articles };
}

const table = (rows: string[][]): string[] => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]!.length))) ?? [];
  return rows.map((r) => `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ")}`.trimEnd());
};

export function formatStats(file: string, stats: GraphStats, maxArticles = 20): string {
  const { counts } = stats;
  const list = (o: Record<string, number | undefined>) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(", ") || "none";
  const lines = [
    `${file}: ${counts.nodes.Article ?? 0} articles, ${counts.totalNodes} nodes, ${counts.totalEdges} edges`,
    `nodes: ${list(counts.nodes)}`,
    `edges: ${list(counts.edges)}`,
  ];
  if (stats.topActors.length) {
    lines.push("", "top actors by degree (edges other than MENTIONED_IN):");
    lines.push(...table([["degree", "articles", "actor"], ...stats.topActors.map((a) => [String(a.degree), String(a.articles), `${a.name} (${a.actorType})`])]));
  }
  if (stats.articles.length) {
    lines.push("", "articles:");
    const shown = stats.articles.slice(0, maxArticles);
    lines.push(...table([["nodes", "published", "id", "title"], ...shown.map((a) => [String(a.nodes), a.published ?? "-", a.id, a.title ?? ""])]));
    if (stats.articles.length > shown.length) lines.push(`  ... and ${stats.articles.length - shown.length} more (--json lists all)`);
  }
  return lines.join("\n");
}
