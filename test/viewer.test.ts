// The viewer end to end, in real headless Chromium (SwiftShader WebGL), on the graph built from
// corpus/seeds: the spoke-about view (hover an arrow for the quotes, click it for the sentences),
// search, select, read a statement in its article, the full graph, filters, a path, exports. Each step
// leaves a screenshot in test-artifacts/viewer/.
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

/** The spoke-about edge carrying the most statements, and the middle of it on screen. */
const HEAVIEST_EDGE = `(() => {
  const { controller, renderer } = window.__newsgraph;
  const spoke = controller.spoke.graph;
  let best = null;
  for (const [key, list] of controller.visibility.statements) if (!best || list.length > best.n) best = { key, n: list.length };
  const at = (id) => renderer.graphToViewport(spoke.getNodeAttributes(id));
  const a = at(spoke.source(best.key)), b = at(spoke.target(best.key));
  const rect = document.getElementById("sigma").getBoundingClientRect();
  return { key: best.key, n: best.n, ax: rect.left + a.x, ay: rect.top + a.y, bx: rect.left + b.x, by: rect.top + b.y };
})()`;

/** Sweeps the pointer across the middle of an edge until its hover card opens (sigma picks edges on a downsized buffer). */
async function hoverEdge(e: { ax: number; ay: number; bx: number; by: number }): Promise<{ x: number; y: number }> {
  for (const t of [0.5, 0.45, 0.55, 0.4, 0.6]) {
    for (const d of [0, -1, 1, -2, 2]) {
      const x = e.ax + (e.bx - e.ax) * t, y = e.ay + (e.by - e.ay) * t + d;
      await page.mouse.move(x, y);
      if (await page.locator("#tooltip[data-edge]").isVisible()) return { x, y };
    }
  }
  throw new Error("no hover card over the edge");
}

describe("viewer on the sample corpus", () => {
  it("opens on who spoke about whom: actors only, arrows weighted by statements", async () => {
    const counts = await text("#counts");
    expect(counts).toMatch(/^(\d+) of \1 actors · (\d+) of \2 links · \d+ statements/);
    const categories = await page.locator("#legend li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-category")!));
    for (const c of categories) expect(c.startsWith("Actor:") || c === "spoke-about").toBe(true);
    expect(await page.getAttribute("button[data-mode='spoke']", "aria-pressed")).toBe("true");
    expect(await page.locator("#sigma canvas").count()).toBeGreaterThan(0);
    await shot("01-spoke-about");
  });

  it("hovering an arrow shows its quotes; clicking it opens them with their sentences", async () => {
    const edge = (await page.evaluate(HEAVIEST_EDGE)) as { key: string; n: number; ax: number; ay: number; bx: number; by: number };
    expect(edge.n).toBeGreaterThan(1);
    const at = await hoverEdge(edge);
    expect(await page.getAttribute("#tooltip", "data-edge")).toBe(edge.key);
    const card = await text("#tooltip");
    expect(card).toContain(`${edge.n} statements`);
    const shownQuotes = await page.locator("#tooltip .quote-text").evaluateAll((xs) => xs.map((x) => ({ text: x.textContent!, direct: x.classList.contains("direct") })));
    expect(shownQuotes.length).toBeGreaterThan(0);
    // Quotation marks for direct quotes only.
    for (const q of shownQuotes) expect(q.text.startsWith("“")).toBe(q.direct);
    await shot("02-spoke-hover");
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => text("#details .kind")).toBe("Spoke about");
    const items = page.locator("#details li.statement");
    expect(await items.count()).toBe(edge.n);
    await items.first().locator(".excerpt mark").waitFor();
    const id = (await items.first().getAttribute("data-statement"))!;
    const a = store.graph.getNodeAttributes(id);
    if (a.type !== "Statement") throw new Error("not a statement");
    const article = store.graph.getNodeAttributes(`article:${a.article}`);
    if (article.type !== "Article") throw new Error("no article");
    expect(await items.first().locator(".excerpt mark").innerText()).toBe(article.text.slice(a.provenance[0]!.start, a.provenance[0]!.end).trim());
    for (const item of await items.evaluateAll((xs) => xs.map((x) => ({ kind: x.getAttribute("data-kind"), text: x.querySelector(".quote-text")!.textContent! })))) {
      expect(item.text.startsWith("“")).toBe(item.kind === "direct");
    }
    await shot("03-spoke-click");
    await page.keyboard.press("Escape");
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

  it("switches to the full graph: every node, laid out on its own", async () => {
    await page.click("button[data-mode='graph']");
    expect(await page.getAttribute("button[data-mode='graph']", "aria-pressed")).toBe("true");
    await page.waitForSelector("body[data-layout='idle']", { state: "attached" });
    await expect.poll(() => text("#counts")).toContain(`${store.graph.order} of ${store.graph.order} nodes`);
    const categories = await page.locator("#legend li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-category")!));
    expect(categories).toContain("Statement");
    // Switching with a node selected swaps graph and reducers together: nothing throws.
    expect(pageErrors).toEqual([]);
    await shot("04-full-graph");
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
    // Laid out and coloured as on screen, so that Gephi opens it as the viewer shows it.
    expect((gexf.match(/<viz:position x="-?[\d.]+" y="-?[\d.]+"/g) ?? []).length).toBe(store.graph.order);
    expect((gexf.match(/<viz:color r="\d+" g="\d+" b="\d+"/g) ?? []).length).toBe(store.graph.order);
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
    // The legend is drawn beside the picture: wider than the canvas by its column.
    const stageWidth = await page.locator("#sigma").evaluate((d) => Math.round(d.getBoundingClientRect().width));
    expect(Math.abs(png.readUInt32BE(16) - (stageWidth + 260))).toBeLessThanOrEqual(1);
    await page.locator("#export-selection").uncheck();
    const whole = await save("png");
    expect(whole.equals(png)).toBe(false);
    await page.keyboard.press("Escape");
    expect(pageErrors).toEqual([]);
  });
});
