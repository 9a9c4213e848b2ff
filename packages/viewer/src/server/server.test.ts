import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../state/fixture";
import { allowedHostNames, hostAllowed, hostNameOf } from "./host-check";
import { startViewerServer, type ViewerServer } from "./server";

/** A raw GET, so that the Host header can be anything (fetch refuses to set it). */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const store = fixtureStore();
let exports = 0;
const exportGraph = store.export.bind(store);
store.export = () => (exports++, exportGraph());
let server: ViewerServer;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), "viewer-dist-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html>");
  server = await startViewerServer({ store, port: 0, distDir: dist, build: false });
});
afterAll(() => server?.close());

describe("host check (DNS rebinding)", () => {
  it("parses Host headers", () => {
    expect(hostNameOf("LocalHost:8765")).toBe("localhost");
    expect(hostNameOf("[::1]:80")).toBe("[::1]");
    expect(hostNameOf("a b")).toBeNull();
    expect(hostNameOf(undefined)).toBeNull();
    const allowed = allowedHostNames("10.1.2.3");
    expect(hostAllowed("10.1.2.3:9000", allowed)).toBe(true);
    expect(hostAllowed("localhost.", allowed)).toBe(true);
    expect(hostAllowed("attacker.example:9000", allowed)).toBe(false);
  });

  it("answers loopback names and 421 to any other Host", async () => {
    for (const host of ["127.0.0.1", "localhost", "[::1]"]) expect((await get(server.port, "/api/counts", { host: `${host}:${server.port}` })).status).toBe(200);
    const evil = await get(server.port, "/api/graph", { host: `attacker.example:${server.port}` });
    expect(evil.status).toBe(421);
    expect(evil.body.toString()).not.toContain("Sobyanin");
  });
});

describe("API errors", () => {
  it("answers malformed percent-encoding with 400, not 500", async () => {
    expect((await get(server.port, "/api/nodes/%E0%A4%A")).status).toBe(400);
    expect((await get(server.port, "/api/articles/%")).status).toBe(400);
    expect((await get(server.port, "/api/nodes/actor%3Anobody")).status).toBe(404);
  });
});

describe("whole-graph cache", () => {
  it("serializes the graph once per version, with an ETag, gzip and 304", async () => {
    exports = 0;
    const plain = await get(server.port, "/api/graph");
    const zipped = await get(server.port, "/api/graph", { "accept-encoding": "gzip, br" });
    expect(plain.status).toBe(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    const etag = String(plain.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await get(server.port, "/api/graph", { "if-none-match": etag })).status).toBe(304);
    expect(exports).toBe(1);
    // A change to the graph is a new version: serialized again, with another ETag.
    const [first] = store.graph.nodes();
    store.graph.mergeNodeAttributes(first!, { aliases: ["Someone New"] } as never);
    const changed = await get(server.port, "/api/graph", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(exports).toBe(2);
  });
});
