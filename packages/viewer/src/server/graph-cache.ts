// /api/graph for the whole graph is the viewer's one big answer: it is serialized and gzipped once per
// graph version, then served from memory with an ETag, so that reloads and many tabs cost nothing.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { GraphStore } from "@newsgraph/graph-model";
import { withoutArticleText } from "./api";

const gzipAsync = promisify(gzip);

export interface CachedBody {
  etag: string;
  json: Buffer;
  gzip: Buffer;
}

/** What identifies a graph version: a counter bumped on every change of an in-memory graph, else the counts. */
export type VersionOf = () => Promise<string>;

interface Observable {
  graph?: { on?(event: string, listener: () => void): unknown };
}

/** A version function for a store: graphology's change events when the store exposes its graph, else counts(). */
export function storeVersion(store: GraphStore): VersionOf {
  const graph = (store as Observable).graph;
  if (graph?.on) {
    let version = 0;
    const bump = () => void version++;
    for (const event of ["nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped", "attributesUpdated", "nodeAttributesUpdated", "edgeAttributesUpdated", "eachNodeAttributesUpdated", "eachEdgeAttributesUpdated", "cleared", "edgesCleared"]) graph.on(event, bump);
    return async () => `v${version}`;
  }
  return async () => JSON.stringify(await store.counts());
}

export class GraphCache {
  private entry: { version: string; body: Promise<CachedBody> } | null = null;

  constructor(private readonly store: GraphStore, private readonly versionOf: VersionOf = storeVersion(store)) {}

  async get(): Promise<CachedBody> {
    const version = await this.versionOf();
    if (this.entry?.version !== version) {
      const body = this.build();
      this.entry = { version, body };
      body.catch(() => {
        if (this.entry?.body === body) this.entry = null;
      });
    }
    return this.entry.body;
  }

  private async build(): Promise<CachedBody> {
    const json = Buffer.from(JSON.stringify(withoutArticleText(await this.store.export())));
    const etag = `"${createHash("sha256").update(json).digest("base64url").slice(0, 27)}"`;
    return { etag, json, gzip: await gzipAsync(json, { level: 6 }) };
  }
}
