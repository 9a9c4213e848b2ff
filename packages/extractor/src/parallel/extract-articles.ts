// Extracts many articles, in this thread or in a pool of worker threads (piscina), and hands the outcomes
// back one by one in input order as they arrive, so that a caller can apply each and drop it. Extraction is
// pure per article, so the outcomes are the same either way; whatever depends on order stays with the caller.
import { Piscina } from "piscina";
import type { ArticleInput } from "../article";
import type { ExtractOutcome, TASKS, TaskName } from "./outcome";

export interface ExtractArticlesOptions {
  /** Worker threads; 0 or 1 extracts in this thread. */
  workers?: number;
  /** Called after each article, in input order. */
  onProgress?: (done: number, total: number) => void;
}

type Outcome<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;

/** Articles queued per worker ahead of the one being consumed: keeps every worker busy, and memory bounded. */
const AHEAD_PER_WORKER = 8;

// The built CLI (packages/cli/build.mjs) names its bundled worker; from the sources, the loader next to this file.
const WORKER = (globalThis as { NEWSGRAPH_EXTRACT_WORKER?: string }).NEWSGRAPH_EXTRACT_WORKER ?? new URL("./extract-worker.mjs", import.meta.url).href;

/** The outcome of `task` for each article, in input order, each yielded as soon as it and all before it are done. */
export async function* extractStream<N extends TaskName>(articles: readonly ArticleInput[], task: N, options: ExtractArticlesOptions = {}): AsyncGenerator<Outcome<N>> {
  const workers = Math.min(options.workers ?? 0, articles.length);
  if (workers <= 1) {
    // Loaded here only: with workers, this thread never loads the extraction stages.
    const run = (await import("./outcome")).TASKS[task] as (article: ArticleInput) => Outcome<N>;
    for (const [i, article] of articles.entries()) {
      const outcome = run(article);
      options.onProgress?.(i + 1, articles.length);
      yield outcome;
    }
    return;
  }
  const pool = new Piscina({ filename: WORKER, minThreads: workers, maxThreads: workers });
  const pending = new Map<number, Promise<Outcome<N>>>();
  const failed = (article: ArticleInput) => (error: Error) => ({ ok: false, article: article.id, error: `worker failed: ${error.message}`, stack: error.stack }) as Outcome<N>;
  let queued = 0;
  try {
    for (let i = 0; i < articles.length; i++) {
      for (; queued < articles.length && queued < i + workers * AHEAD_PER_WORKER; queued++) {
        const article = articles[queued]!;
        pending.set(queued, (pool.run(article, { name: task }) as Promise<Outcome<N>>).catch(failed(article)));
      }
      const outcome = await pending.get(i)!;
      pending.delete(i);
      options.onProgress?.(i + 1, articles.length);
      yield outcome;
    }
  } finally {
    await pool.destroy();
  }
}

/** Every article's delta (or failure), in input order: for callers that want them all at once. */
export async function extractArticles(articles: readonly ArticleInput[], options: ExtractArticlesOptions = {}): Promise<ExtractOutcome[]> {
  const outcomes: ExtractOutcome[] = [];
  for await (const outcome of extractStream(articles, "extractOutcome", options)) outcomes.push(outcome);
  return outcomes;
}
