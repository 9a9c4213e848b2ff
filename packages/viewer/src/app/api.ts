// The browser side of the viewer's JSON API (see src/server/api.ts).
import type { SerializedGraph } from "@newsgraph/graph-model";
import type { ArticleText } from "../api-types";

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${((await res.json().catch(() => ({}))) as { error?: string }).error ?? res.statusText}`);
  return (await res.json()) as T;
}

export const fetchGraph = (query = ""): Promise<SerializedGraph> => getJson(`api/graph${query ? `?${query}` : ""}`);

const articleCache = new Map<string, Promise<ArticleText>>();

export function fetchArticle(id: string): Promise<ArticleText> {
  let cached = articleCache.get(id);
  if (!cached) {
    cached = getJson<ArticleText>(`api/articles/${encodeURIComponent(id)}`);
    cached.catch(() => articleCache.delete(id));
    articleCache.set(id, cached);
  }
  return cached;
}
