// The viewer's HTTP server: the built app and the JSON API, bound to 127.0.0.1 unless told otherwise,
// with a Content-Security-Policy that allows no inline script and no other origin.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphStore } from "@newsgraph/graph-model";
import { articleQuery, graphQuery, HttpError, nodeQuery } from "./api";
import { DEFAULT_DIST, ensureViewerBuilt } from "./build-app";
import { GraphCache } from "./graph-cache";
import { allowedHostNames, hostAllowed } from "./host-check";
import { readStatic } from "./static-files";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // ForceAtlas2's worker is created from a blob: URL.
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export interface ViewerServerOptions {
  store: GraphStore;
  port?: number;
  host?: string;
  /** The built app; built with Vite first when missing or stale (unless `build` is false). */
  distDir?: string;
  build?: boolean;
  log?: (line: string) => void;
}

export interface ViewerServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": type, "Cache-Control": "no-cache", ...headers });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), "application/json; charset=utf-8");

/** A path segment of the API, decoded; malformed percent-encoding is the client's error (400). */
function segment(path: string, prefix: string): string {
  try {
    return decodeURIComponent(path.slice(prefix.length));
  } catch {
    throw new HttpError(400, `malformed percent-encoding in ${path}`);
  }
}

async function routeApi(store: GraphStore, url: URL): Promise<unknown> {
  const path = url.pathname;
  if (path === "/api/graph") return graphQuery(store, url.searchParams);
  if (path === "/api/counts") return store.counts();
  if (path.startsWith("/api/nodes/")) return nodeQuery(store, segment(path, "/api/nodes/"));
  if (path.startsWith("/api/articles/")) return articleQuery(store, segment(path, "/api/articles/"));
  throw new HttpError(404, `no such API call: ${path}`);
}

/** The whole graph from the cache: 304 when the client holds this version, gzip when it accepts it. */
async function sendWholeGraph(cache: GraphCache, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await cache.get();
  const headers = { ETag: body.etag, Vary: "Accept-Encoding" };
  if (req.headers["if-none-match"]?.split(/\s*,\s*/).includes(body.etag)) {
    res.writeHead(304, { ...SECURITY_HEADERS, "Cache-Control": "no-cache", ...headers });
    return void res.end();
  }
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  send(res, 200, gzip ? body.gzip : body.json, "application/json; charset=utf-8", gzip ? { ...headers, "Content-Encoding": "gzip" } : headers);
}

interface Context {
  store: GraphStore;
  distDir: string;
  cache: GraphCache;
  hosts: ReadonlySet<string>;
}

async function handle(options: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!hostAllowed(req.headers.host, options.hosts)) return send(res, 421, "misdirected request: this server answers only to its own host names", "text/plain; charset=utf-8");
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed", "text/plain; charset=utf-8");
  const url = new URL(req.url ?? "/", "http://viewer.invalid");
  if (url.pathname.startsWith("/api/")) {
    try {
      if (url.pathname === "/api/graph" && !url.search) return await sendWholeGraph(options.cache, req, res);
      return sendJson(res, 200, await routeApi(options.store, url));
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      return sendJson(res, status, { error: (error as Error).message });
    }
  }
  const file = await readStatic(options.distDir, url.pathname);
  if (file) return send(res, 200, file.body, file.type);
  send(res, 404, "not found", "text/plain; charset=utf-8");
}

export async function startViewerServer(options: ViewerServerOptions): Promise<ViewerServer> {
  const distDir = options.distDir ?? DEFAULT_DIST;
  if (options.build !== false) await ensureViewerBuilt(distDir, options.log);
  const host = options.host ?? "127.0.0.1";
  const context: Context = { store: options.store, distDir, cache: new GraphCache(options.store), hosts: allowedHostNames(host) };
  const server = createServer((req, res) => {
    handle(context, req, res).catch((error) => sendJson(res, 500, { error: (error as Error).message }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}
