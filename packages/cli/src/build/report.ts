// The run report written next to the graph: what was read, what was skipped and why, what came out.
import type { GraphCounts } from "@newsgraph/graph-model";
import type { IngestWarning, Skipped } from "@newsgraph/extractor";

/** added: new in the graph; changed: its text differs from the version in the graph, which it replaced; unchanged: same id and content hash, not extracted again. */
export type ArticleStatus = "added" | "changed" | "unchanged";

export interface ArticleReport {
  id: string;
  origin: string;
  status: ArticleStatus;
  /** Nodes of this article's delta by type (empty for unchanged articles, which are not extracted). */
  nodes: Record<string, number>;
  edges: number;
}

export interface BuildReport {
  graph: string;
  /** The graph added to, for build --into. */
  into?: string;
  inputs: string[];
  workers: number;
  articles: ArticleReport[];
  /** Inputs not in the graph, with the reason: unreadable files, bad jsonl lines, failed extractions. */
  skipped: Skipped[];
  warnings: IngestWarning[];
  counts: GraphCounts;
  /** Whether the graph file was written (build --into writes nothing when no article changed). */
  written: boolean;
  durationMs: number;
  /** Wall time of the build's phases, in milliseconds (extract includes applying what names no actor). */
  phaseMs?: Record<string, number>;
}

export function reportPathFor(graphPath: string): string {
  return graphPath.toLowerCase().endsWith(".json") ? `${graphPath.slice(0, -5)}.report.json` : `${graphPath}.report.json`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function summaryLine(report: BuildReport, reportPath: string): string {
  const by = (status: ArticleStatus) => report.articles.filter((a) => a.status === status).length;
  const parts = [`${by("added")} added`];
  if (report.into) parts.push(`${by("changed")} changed`, `${by("unchanged")} unchanged`);
  if (report.skipped.length) parts.push(`${report.skipped.length} skipped, see ${reportPath}`);
  const verb = report.written ? (report.into ? "updated" : "built") : "left unchanged";
  const seconds = (report.durationMs / 1000).toFixed(1);
  return `${verb} ${report.graph} from ${plural(report.articles.length, "article")} (${parts.join(", ")}): ${plural(report.counts.totalNodes, "node")}, ${plural(report.counts.totalEdges, "edge")} in ${seconds} s`;
}

/** Why nothing could be read, in one line: the count and the first reasons. */
export function nothingReadMessage(report: BuildReport, reportPath: string): string {
  if (!report.skipped.length) return `no articles read: no input files found in ${report.inputs.join(", ")}`;
  const first = report.skipped.slice(0, 3).map((s) => `${s.path}: ${s.reason}`).join("; ");
  const more = report.skipped.length > 3 ? `; and ${report.skipped.length - 3} more` : "";
  return `no articles read: ${plural(report.skipped.length, "input")} skipped (see ${reportPath}): ${first}${more}`;
}
