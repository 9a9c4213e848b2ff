// build: ingest → extract (here or in workers) → resolve across articles in article-id order → apply.
// Writing the files is the command's job; this returns the store and the run report.
import { performance } from "node:perf_hooks";
import { articleNodeId, MemoryStore, sha256Hex, type GraphDelta, type SerializedGraph } from "@newsgraph/graph-model";
import { readGraphFile } from "@newsgraph/graph-model/node";
import { compareSkipped, extractArticles, ingest, resolveAcrossArticles, type ArticleInput, type Skipped } from "@newsgraph/extractor";
import type { ArticleReport, ArticleStatus, BuildReport } from "./report";

export interface BuildOptions {
  inputs: string[];
  /** Where the graph will be written (recorded in the report). */
  out: string;
  /** An existing graph file to add the articles to. */
  into?: string;
  /** Worker threads for extraction; 0 or 1: in this thread. */
  workers?: number;
  maxBytes?: number;
  /** Called once the number of articles to extract is known, then after each one. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  store: MemoryStore;
  report: BuildReport;
  /** Whether the graph differs from the one it was built into (always true for a new graph). */
  changed: boolean;
}

function statusOf(article: ArticleInput, graph: SerializedGraph | undefined, articleNodes: Map<string, string>): ArticleStatus {
  const hash = graph && articleNodes.get(articleNodeId(article.id));
  if (hash === undefined) return "added";
  return hash === sha256Hex(article.text) ? "unchanged" : "changed";
}

function countByType(delta: GraphDelta): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of delta.nodes) counts[node.attributes.type] = (counts[node.attributes.type] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort());
}

/** The inputs and the graph's other articles (as inputs again, from the Article nodes' text), in id order. */
function withStoredArticles(inputs: ArticleInput[], graph: SerializedGraph, graphPath: string): ArticleInput[] {
  const given = new Set(inputs.map((a) => a.id));
  const stored: ArticleInput[] = [];
  for (const { attributes: a } of graph.nodes) {
    if (a.type !== "Article" || given.has(a.name)) continue;
    const { name, title, source, url, published, text } = a;
    stored.push({ id: name, text, origin: `${graphPath} (article ${name})`, ...(title === undefined ? {} : { title }), ...(source === undefined ? {} : { source }), ...(url === undefined ? {} : { url }), ...(published === undefined ? {} : { published }) });
  }
  return [...inputs, ...stored].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { articles, skipped, warnings } = await ingest(options.inputs, options.maxBytes ? { maxBytes: options.maxBytes } : {});
  const base = options.into ? readGraphFile(options.into) : undefined;
  const articleNodes = new Map<string, string>();
  for (const node of base?.nodes ?? []) if (node.attributes.type === "Article") articleNodes.set(node.key, node.attributes.contentHash);

  const status = new Map(articles.map((a) => [a.id, statusOf(a, base, articleNodes)]));
  const changedIds = new Set(articles.filter((a) => status.get(a.id) === "changed").map((a) => a.id));
  // A changed article's old text may be all that supported an alias, an affiliation or a country of a node
  // other articles share, and a merged record cannot say which article set what. So when an article
  // changed, the graph is built afresh from every article's text: the inputs, and the text each other
  // Article node of the graph keeps. `--into` then gives the bytes of a fresh build.
  const rebuild = base !== undefined && changedIds.size > 0;
  const store = base && !rebuild ? MemoryStore.fromSerialized(base) : new MemoryStore();
  const toExtract = rebuild ? withStoredArticles(articles, base!, options.into!) : articles.filter((a) => status.get(a.id) !== "unchanged");

  options.onProgress?.(0, toExtract.length);
  const outcomes = await extractArticles(toExtract, { workers: options.workers ?? 0, onProgress: options.onProgress });

  const reports: ArticleReport[] = [];
  const failed: Skipped[] = [];
  const origin = new Map(toExtract.map((a) => [a.id, a.origin]));
  for (const article of articles) {
    if (status.get(article.id) === "unchanged") reports.push({ id: article.id, origin: article.origin, status: "unchanged", nodes: {}, edges: 0 });
  }
  // Outcomes are in article-id order (ingest sorts), so each article resolves against the same
  // store contents whether extraction ran here or in workers.
  for (const outcome of outcomes) {
    const where = origin.get(outcome.article)!;
    if (!outcome.ok) {
      failed.push({ path: where, reason: `extraction failed: ${outcome.error}` });
      continue;
    }
    try {
      const delta = resolveAcrossArticles(outcome.delta, store);
      store.applySync(delta);
      // Articles extracted again only for a rebuild (unchanged, or kept from the graph) are reported as before.
      const articleStatus = status.get(outcome.article);
      if (articleStatus && articleStatus !== "unchanged") reports.push({ id: outcome.article, origin: where, status: articleStatus, nodes: countByType(delta), edges: delta.edges.length });
    } catch (error) {
      failed.push({ path: where, reason: `not added to the graph: ${(error as Error).message}` });
    }
  }
  reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const added = reports.filter((r) => r.status !== "unchanged").length;
  const report: BuildReport = {
    graph: options.out,
    ...(options.into ? { into: options.into } : {}),
    inputs: options.inputs,
    workers: Math.max(1, Math.min(options.workers ?? 1, toExtract.length)),
    articles: reports,
    skipped: [...skipped, ...failed].sort(compareSkipped),
    warnings,
    counts: store.countsSync(),
    written: false,
    durationMs: Math.round(performance.now() - started),
  };
  return { store, report, changed: !base || added > 0 || changedIds.size > 0 };
}
