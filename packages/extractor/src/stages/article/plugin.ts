// The Article node every other node of the article points to (MENTIONED_IN, REPORTED_IN).
import { articleNodeId, sha256Hex, type DeltaBuilder } from "@newsgraph/graph-model";
import type { Document } from "../../document/types";

export function emitArticle(doc: Document, delta: DeltaBuilder): void {
  const { id, title, byline, source, url, published, text } = doc.article;
  delta.addNode(articleNodeId(id), {
    type: "Article",
    name: id,
    title,
    byline,
    source,
    url,
    published,
    contentHash: sha256Hex(text),
    text,
  });
}
