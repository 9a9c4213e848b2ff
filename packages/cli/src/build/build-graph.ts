// build: ingest → extract, resolve and apply (extract-apply.ts) → the run report.
// Writing the files is the command's job; this returns the store and the run report.
import { performance } from "node:perf_hooks";
import { articleNodeId, MemoryStore, sha256Hex, type SerializedGraph } from "@newsgraph/graph-model";
import { readGraphFile } from "@newsgraph/graph-model/node";
import { compareSkipped, ingest, type ArticleInput } from "@newsgraph/extractor/corpus";
import { extractAndApply, type PhaseProgress } from "./extract-apply";
import { removeArticles } from "./remove-articles";
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
  /** Called as each phase starts and moves on (extract, resolve, apply; save is the caller's). */
  onProgress?: PhaseProgress;
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

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { articles, skipped, warnings } = await ingest(options.inputs, options.maxBytes ? { maxBytes: options.maxBytes } : {});
  const base = options.into ? readGraphFile(options.into) : undefined;
  const articleNodes = new Map<string, string>();
  for (const node of base?.nodes ?? []) if (node.attributes.type === "Article") articleNodes.set(node.key, node.attributes.contentHash);

  const status = new Map(articles.map((a) => [a.id, statusOf(a, base, articleNodes)]));
  const changedIds = new Set(articles.filter((a) => status.get(a.id) === "changed").map((a) => a.id));
  // Ids are paths inside the folder given, so X/dup.txt and then Y/dup.txt built --into one graph share an id:
  // a replacement is never silent, the run says which article's earlier text it dropped.
  for (const a of articles) {
    if (changedIds.has(a.id)) warnings.push({ origin: a.origin, message: `replaced the earlier text of article ${a.id} in ${options.into} (same id); if this is another article, give it another name or build from a parent folder` });
  }
  const store = base ? MemoryStore.fromSerialized(removeArticles(base, changedIds)) : new MemoryStore();
  const toExtract = articles.filter((a) => status.get(a.id) !== "unchanged");

  const { applied, failed, phaseMs } = await extractAndApply(store, toExtract, { workers: options.workers ?? 0, onProgress: options.onProgress });

  const reports: ArticleReport[] = [];
  for (const article of articles) {
    if (status.get(article.id) === "unchanged") reports.push({ id: article.id, origin: article.origin, status: "unchanged", nodes: {}, edges: 0 });
  }
  const origin = new Map(articles.map((a) => [a.id, a.origin]));
  for (const a of applied) reports.push({ id: a.id, origin: origin.get(a.id)!, status: status.get(a.id)!, nodes: a.nodes, edges: a.edges });
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
    phaseMs,
  };
  return { store, report, changed: !base || added > 0 || changedIds.size > 0 };
}
