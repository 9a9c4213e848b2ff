// Extracts many articles, in this thread or in a pool of worker threads (piscina). Extraction is pure
// per article, so the outcomes are the same either way; they come back in input order, and whatever
// depends on order (cross-article resolution) stays with the caller.
import { Piscina } from "piscina";
import type { ArticleInput } from "../article";
import { extractOutcome, type ExtractOutcome } from "./outcome";

export interface ExtractArticlesOptions {
  /** Worker threads; 0 or 1 extracts in this thread. */
  workers?: number;
  /** Called after each article, in completion order. */
  onProgress?: (done: number, total: number) => void;
}

export async function extractArticles(articles: readonly ArticleInput[], options: ExtractArticlesOptions = {}): Promise<ExtractOutcome[]> {
  const workers = Math.min(options.workers ?? 0, articles.length);
  if (workers <= 1) {
    return articles.map((article, i) => {
      const outcome = extractOutcome(article);
      options.onProgress?.(i + 1, articles.length);
      return outcome;
    });
  }
  const pool = new Piscina<ArticleInput, ExtractOutcome>({
    filename: new URL("./worker.mjs", import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Queue every article at once: the pool has no reason to refuse work.
    maxQueue: articles.length,
  });
  let done = 0;
  try {
    return await Promise.all(
      articles.map(async (article) => {
        const outcome = await pool.run(article).catch((error: Error): ExtractOutcome => ({ ok: false, article: article.id, error: `worker failed: ${error.message}`, stack: error.stack }));
        options.onProgress?.(++done, articles.length);
        return outcome;
      }),
    );
  } finally {
    await pool.destroy();
  }
}
