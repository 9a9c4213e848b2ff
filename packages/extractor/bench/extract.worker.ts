// Piscina worker for the extraction benchmark: extracts one article and returns only counts, so the
// figure measures extraction rather than copying deltas between threads.
import { extractArticle } from "@newsgraph/extractor";

export default function extract(article: { id: string; text: string }): number {
  const delta = extractArticle({ ...article, origin: article.id });
  return delta.nodes.length + delta.edges.length;
}
