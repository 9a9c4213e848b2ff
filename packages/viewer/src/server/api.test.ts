import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_ARTICLES, FIXTURE_IDS, fixtureStore } from "../state/fixture";
import { articleQuery, graphQuery, HttpError, nodeQuery } from "./api";
import { readStatic } from "./static-files";

const store = fixtureStore();
const q = (params: Record<string, string>) => graphQuery(store, new URLSearchParams(params));

describe("viewer API", () => {
  it("serves the whole graph without article bodies", async () => {
    const graph = await q({});
    expect(graph.nodes).toHaveLength(store.graph.order);
    expect(graph.edges).toHaveLength(store.graph.size);
    const articles = graph.nodes.filter((n) => n.attributes.type === "Article");
    expect(articles).toHaveLength(2);
    for (const a of articles) expect(a.attributes.type === "Article" && a.attributes.text).toBe("");
    expect((store.graph.getNodeAttributes(FIXTURE_IDS.article1) as { text: string }).text).toBe(FIXTURE_ARTICLES.moscow.text);
  });

  it("serves an ego network, and refuses bad hops and unknown nodes", async () => {
    const one = (await q({ ego: FIXTURE_IDS.kim })).nodes.map((n) => n.key);
    expect(one).toHaveLength(3); // Kim, his statement, his article
    expect(one).not.toContain(FIXTURE_IDS.putin);
    expect((await q({ ego: FIXTURE_IDS.kim, hops: "2" })).nodes.map((n) => n.key)).toContain(FIXTURE_IDS.putin);
    await expect(q({ ego: FIXTURE_IDS.kim, hops: "9" })).rejects.toMatchObject({ status: 400 });
    await expect(q({ ego: "actor:nobody" })).rejects.toBeInstanceOf(HttpError);
  });

  it("serves the neighbourhoods of nodes found by name or alias", async () => {
    const found = await q({ name: "Sobyanin" });
    const keys = found.nodes.map((n) => n.key);
    expect(keys).toContain(FIXTURE_IDS.sobyanin);
    expect(keys.filter((k) => k.startsWith("statement:"))).toHaveLength(2);
  });

  it("serves one node with its edges, and article text by id", async () => {
    const { node, edges } = await nodeQuery(store, FIXTURE_IDS.putin);
    expect(node.id).toBe(FIXTURE_IDS.putin);
    expect(edges.length).toBe(store.graph.degree(FIXTURE_IDS.putin));
    const article = await articleQuery(store, "a2.txt");
    expect(article).toEqual({ id: "a2.txt", title: FIXTURE_ARTICLES.hostile.title, source: "Other Wire", published: "2024-12-02", text: FIXTURE_ARTICLES.hostile.text });
    await expect(articleQuery(store, "missing.txt")).rejects.toMatchObject({ status: 404 });
  });
});

describe("static files", () => {
  const dist = mkdtempSync(join(tmpdir(), "viewer-dist-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html>");
  writeFileSync(join(dist, ".secret.js"), "x");
  it("serves files of dist with their type, index.html for /", async () => {
    expect((await readStatic(dist, "/"))?.type).toBe("text/html; charset=utf-8");
  });
  it("refuses paths out of dist, hidden files and unknown types", async () => {
    expect(await readStatic(dist, "/../package.json")).toBeNull();
    expect(await readStatic(dist, "/..%2f..%2fetc%2fpasswd")).toBeNull();
    expect(await readStatic(dist, "/.secret.js")).toBeNull();
    expect(await readStatic(dist, "/%E0%A4%A")).toBeNull();
  });
});

describe("article titles", () => {
  it("uses the first line when the article has no title, clipped at a word", async () => {
    const { firstLineTitle } = await import("./api");
    expect(firstLineTitle("\n\n  Drones hit Moscow\nBody.")).toBe("Drones hit Moscow");
    const long = firstLineTitle(`${"word ".repeat(40)}end`, 30)!;
    expect(long.endsWith("word…")).toBe(true);
    expect(firstLineTitle("   ")).toBeUndefined();
  });
});
