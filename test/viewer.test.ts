// The viewer end to end, in real headless Chromium (SwiftShader WebGL), on the graph built from
// corpus/seeds: search, select, read a statement in its article, who-said-what, filters, a path, GEXF
// export. Each step leaves a screenshot in test-artifacts/viewer/.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildGraph } from "@newsgraph/cli";
import { parseGraph, type MemoryStore } from "@newsgraph/graph-model";
import { startViewerServer, type ViewerServer } from "@newsgraph/viewer";
import { launchChromium } from "@newsgraph/viewer/testing";
import { toViewerGraph } from "../packages/viewer/src/state/graph";
import { shortestPath } from "../packages/viewer/src/state/path";

const ARTIFACTS = join(import.meta.dirname, "..", "test-artifacts", "viewer");

let store: MemoryStore;
let server: ViewerServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ store } = await buildGraph({ inputs: [join(import.meta.dirname, "..", "corpus", "seeds")], out: "unused.json" }));
  server = await startViewerServer({ store, port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready='true']", { state: "attached", timeout: 60_000 });
  await page.waitForSelector("body[data-layout='idle']", { state: "attached", timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Screenshots wait out the camera animation (500 ms) so that they show where it lands.
const shot = async (name: string) => {
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
};
const text = async (selector: string) => (await page.locator(selector).first().textContent()) ?? "";

async function searchAndPick(query: string, id: string): Promise<void> {
  await page.fill("#search", query);
  await page.locator(`#search-results li[data-id="${id}"]`).click();
}

const sobyaninId = () => store.idsByName("Sobyanin", "Actor")[0] ?? store.idsByName("Sergei Sobyanin", "Actor")[0];

describe("viewer on the sample corpus", () => {
  it("loads the graph: counts, legend, canvas", async () => {
    const counts = await text("#counts");
    expect(counts).toContain(`${store.graph.order} of ${store.graph.order} nodes`);
    expect(await page.locator("#legend li").count()).toBeGreaterThan(2);
    expect(await page.locator("#sigma canvas").count()).toBeGreaterThan(0);
    await shot("01-loaded");
  });

  it("searches Sobyanin, selects him and shows one of his statements in its article", async () => {
    const id = sobyaninId();
    expect(id, "the corpus build has an Actor named Sobyanin").toBeTruthy();
    await page.fill("#search", "Sobyanin");
    const first = page.locator("#search-results li").first();
    expect(await first.getAttribute("data-id")).toBe(id);
    await shot("02-search");
    await page.keyboard.press("Enter");
    await expect.poll(() => text("#detail-title")).toContain("Sobyanin");
    expect(page.url()).toContain(`node=${encodeURIComponent(id!)}`);
    const statement = page.locator("#details li.statement").first();
    await statement.locator(".excerpt mark").waitFor();
    const quote = await statement.locator(".excerpt mark").innerText();
    const excerpt = await statement.locator(".excerpt").innerText();
    const statementId = await statement.getAttribute("data-statement");
    const attributes = store.graph.getNodeAttributes(statementId!);
    if (attributes.type !== "Statement") throw new Error("not a statement");
    const article = store.graph.getNodeAttributes(`article:${attributes.article}`);
    if (article.type !== "Article") throw new Error("no article");
    const span = attributes.provenance[0]!;
    expect(quote).toBe(article.text.slice(span.start, span.end).trim());
    expect(article.text).toContain(excerpt.trim());
    await shot("03-selected-sobyanin");
  });

  it("switches to who-said-what: only actors and statements remain", async () => {
    await page.click("button[data-mode='who-said-what']");
    expect(await page.getAttribute("button[data-mode='who-said-what']", "aria-pressed")).toBe("true");
    const categories = await page.locator("#legend li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-category")!));
    expect(categories.length).toBeGreaterThan(0);
    for (const c of categories) expect(c.startsWith("Actor") || c === "Statement").toBe(true);
    expect(categories).toContain("Statement");
    await shot("04-who-said-what");
    await page.click("button[data-mode='graph']");
  });

  it("filters to events: only event nodes stay, counts follow", async () => {
    const boxes = page.locator("#filter-types input[type=checkbox]");
    for (const value of await boxes.evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value))) {
      if (value !== "Event") await page.locator(`#filter-types input[value="${value}"]`).uncheck();
    }
    const events = store.idsOfType("Event").length;
    expect(events).toBeGreaterThan(0);
    await expect.poll(() => text("#counts")).toContain(`${events} of ${store.graph.order} nodes`);
    const categories = await page.locator("#legend li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-category")!));
    for (const c of categories) expect(c.startsWith("Event:")).toBe(true);
    await shot("05-events-only");
    await page.click("#reset-filters");
    await expect.poll(() => text("#counts")).toContain(`${store.graph.order} of ${store.graph.order} nodes`);
  });

  it("finds the shortest path between two actors", async () => {
    const from = sobyaninId()!;
    const graph = toViewerGraph(store.exportSync());
    const allowed = (id: string) => graph.getNodeAttributes(id).type !== "Article";
    // The farthest actor reachable from Sobyanin: a path worth showing.
    const target = store
      .idsOfType("Actor")
      .map((id) => ({ id, path: id === from ? null : shortestPath(graph, from, id, allowed) }))
      .filter((x) => x.path)
      .sort((a, b) => b.path!.order.length - a.path!.order.length)[0];
    expect(target, "some actor is connected to Sobyanin").toBeTruthy();
    await searchAndPick("Sobyanin", from);
    await page.click("#path-from");
    const name = (store.graph.getNodeAttributes(target!.id) as { name: string }).name;
    await searchAndPick(name, target!.id);
    const steps = target!.path!.order.length - 1;
    await expect.poll(() => text("#path-result h3")).toBe(`Shortest path: ${steps} step${steps > 1 ? "s" : ""}`);
    const listed = await page.locator("#path-result li a").evaluateAll((as) => as.map((a) => a.getAttribute("data-node")));
    expect(listed[0]).toBe(from);
    expect(listed.at(-1)).toBe(target!.id);
    expect(listed).toHaveLength(steps + 1);
    await shot("06-path");
  });

  it("exports the view as GEXF", async () => {
    await page.click("#export-menu summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export='gexf']")]);
    const file = join(ARTIFACTS, "view.gexf");
    await download.saveAs(file);
    const gexf = readFileSync(file, "utf8");
    expect(gexf.startsWith("<?xml")).toBe(true);
    expect(gexf).toContain("<gexf");
    expect(gexf).toContain("Sobyanin");
    expect((gexf.match(/<node /g) ?? []).length).toBe(store.graph.order);
    await shot("07-export");
  });

  it("exports the selection as graph JSON and Cypher, and the canvas as PNG", async () => {
    const save = async (format: string) => {
      if (!(await page.locator("#export-menu").evaluate((d) => (d as HTMLDetailsElement).open))) await page.click("#export-menu summary");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-export='${format}']`)]);
      const file = join(ARTIFACTS, download.suggestedFilename());
      await download.saveAs(file);
      return readFileSync(file);
    };
    await page.locator("#export-selection").check();
    const selected = new URLSearchParams(new URL(page.url()).hash.slice(1)).get("node")!;
    const json = parseGraph((await save("json")).toString("utf8"), "export");
    const keys = new Set(json.nodes.map((n) => n.key));
    expect(keys).toEqual(new Set([selected, ...store.graph.neighbors(selected)]));
    for (const n of json.nodes) if (n.attributes.type === "Article") expect(n.attributes.text.length).toBeGreaterThan(100);
    const cypher = (await save("cypher")).toString("utf8");
    expect(cypher).toContain("MERGE");
    expect(cypher).toContain(selected);
    const png = await save("png");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(10_000);
    await page.keyboard.press("Escape");
    expect(pageErrors).toEqual([]);
  });
});
