// The corpus half of a build: extract (here or in workers) → apply what names no actor as each article
// arrives → resolve actors over the whole corpus → apply each article's actors. Results are applied in
// article order and then dropped: only each article's actor part waits, as a compact JSON string, for
// resolution. The store is any GraphStore, so another store (Neo4j) can take the same stream.
import { ActorIndex, extractStream, rewriteActors, type ActorName, type ArticleInput, type Skipped } from "@newsgraph/extractor/corpus";
import type { ActorAttributes, GraphDelta, GraphStore } from "@newsgraph/graph-model";

export type Phase = "extract" | "resolve" | "apply" | "save";
export type PhaseProgress = (phase: Phase, done: number, total: number) => void;

export interface Applied {
  id: string;
  /** Nodes of the article's delta by type, after resolution. */
  nodes: Record<string, number>;
  edges: number;
}

export interface ExtractApplyResult {
  applied: Applied[];
  failed: Skipped[];
  /** Wall time of each phase, in milliseconds (extract includes applying what names no actor). */
  phaseMs: Record<"extract" | "resolve" | "apply", number>;
}

interface Held {
  id: string;
  origin: string;
  actors: string;
  nodes: Record<string, number>;
  restEdges: number;
}

const message = (error: unknown) => (error as Error).message ?? String(error);

export async function extractAndApply(
  store: GraphStore,
  articles: readonly ArticleInput[],
  options: { workers?: number; onProgress?: PhaseProgress } = {},
): Promise<ExtractApplyResult> {
  const progress = options.onProgress ?? (() => {});
  const failed: Skipped[] = [];
  const index = new ActorIndex();
  // Actors already in the graph (build --into) keep their ids; new mentions may join them.
  for (const node of await store.findByType("Actor")) index.add(node.id, node.attributes as ActorAttributes, true);

  let started = performance.now();
  const held: (Held | undefined)[] = [];
  progress("extract", 0, articles.length);
  const origins = new Map(articles.map((a) => [a.id, a.origin]));
  for await (const outcome of extractStream(articles, "extractSplit", { workers: options.workers ?? 0, onProgress: (done, total) => progress("extract", done, total) })) {
    const origin = origins.get(outcome.article) ?? outcome.article;
    if (!outcome.ok) {
      failed.push({ path: origin, reason: `extraction failed: ${outcome.error}` });
      continue;
    }
    const rest = JSON.parse(outcome.rest) as GraphDelta;
    try {
      await store.apply(rest);
    } catch (error) {
      failed.push({ path: origin, reason: `not added to the graph: ${message(error)}` });
      continue;
    }
    for (const [id, actor] of JSON.parse(outcome.actorNames) as [string, ActorName][]) index.add(id, actor);
    held.push({ id: outcome.article, origin, actors: outcome.actors, nodes: outcome.nodes, restEdges: rest.edges.length });
  }
  const extractMs = performance.now() - started;

  started = performance.now();
  progress("resolve", 0, 1);
  const targets = index.targets();
  progress("resolve", 1, 1);
  const resolveMs = performance.now() - started;

  started = performance.now();
  const applied: Applied[] = [];
  progress("apply", 0, held.length);
  for (let i = 0; i < held.length; i++) {
    const h = held[i]!;
    held[i] = undefined; // dropped as soon as applied
    const delta = rewriteActors(JSON.parse(h.actors) as GraphDelta, targets);
    try {
      await store.apply(delta);
      const nodes = Object.fromEntries(Object.entries({ ...h.nodes, ...(delta.nodes.length ? { Actor: delta.nodes.length } : {}) }).sort());
      applied.push({ id: h.id, nodes, edges: h.restEdges + delta.edges.length });
    } catch (error) {
      failed.push({ path: h.origin, reason: `its actors were not added to the graph: ${message(error)}` });
    }
    progress("apply", i + 1, held.length);
  }
  return { applied, failed, phaseMs: { extract: Math.round(extractMs), resolve: Math.round(resolveMs), apply: Math.round(performance.now() - started) } };
}
