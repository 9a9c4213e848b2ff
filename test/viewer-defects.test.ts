// The viewer's defects, each reproduced in headless Chromium on the fixture graph (one server, one
// browser for the file): hostile links, hops in the URL, camera framing, PageRank, titles, the timeline,
// the `/` shortcut, the empty state, and a shared link giving the same picture in a fresh browser.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startViewerServer, type ViewerServer } from "@newsgraph/viewer";
import { launchChromium } from "@newsgraph/viewer/testing";
import { FIXTURE_ARTICLES, FIXTURE_IDS, fixtureStore } from "../packages/viewer/src/state/fixture";

let server: ViewerServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startViewerServer({ store: fixtureStore(), port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("pageerror", (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash: string, on: Page = page, query = "?layout=off"): Promise<void> {
  await on.goto("about:blank");
  await on.goto(`${server.url}${query}#${hash}`);
  await on.waitForSelector("body[data-ready='true']", { state: "attached", timeout: 30_000 });
  await on.waitForSelector("body[data-layout='idle']", { state: "attached", timeout: 30_000 });
}
const evaluate = <T>(expression: string, on: Page = page) => on.evaluate(expression) as Promise<T>;
const node = encodeURIComponent;

describe("links", () => {
  it("ignores an unknown root and bad percent-encoding, with a notice, and does not crash", async () => {
    await open("root=zzz&articles=%25&node=" + node(FIXTURE_IDS.putin));
    expect(await page.locator("#notice").isVisible()).toBe(true);
    const notice = (await page.locator("#notice").textContent()) ?? "";
    expect(notice).toContain("zzz");
    expect(notice).toContain("articles");
    expect(await page.locator("#detail-title").textContent()).toBe("Vladimir Putin");
    expect(await page.locator("#empty").isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it("ignores unknown node types, and says so when a link filters everything out", async () => {
    await open("mode=graph&types=Foo");
    expect(await page.locator("#notice").textContent()).toContain("Foo");
    expect(await page.locator("#counts").textContent()).toMatch(/^15 of 15 nodes/);
    await open("mode=graph&types=");
    expect(await page.locator("#empty").isVisible()).toBe(true);
    expect(await page.locator("#empty").textContent()).toContain("Nothing matches the current filters");
  });
});

describe("exploring", () => {
  it("keeps hops in the URL, per expansion, frames the explored nodes, and a later hops change re-plays nothing", async () => {
    await open(`mode=graph&node=${node(FIXTURE_IDS.kim)}`);
    await page.selectOption("#hops", "2");
    await expect.poll(() => page.url()).toContain("hops=2");
    await page.click("#explore");
    await expect.poll(() => page.url()).toContain(`expand=${node(node(FIXTURE_IDS.kim))}%402`);
    const shown = await evaluate<number>("window.__newsgraph.controller.explored.shown.size");
    expect(shown).toBe(3); // Kim, his statement and, two hops out, Putin (articles are not explored through)
    await page.waitForTimeout(900); // the camera's animation
    const outside = await evaluate<number>(`(() => {
      const { controller, renderer } = window.__newsgraph;
      const { width, height } = renderer.getDimensions();
      return [...controller.explored.shown].filter((id) => {
        const p = renderer.graphToViewport(controller.shown.getNodeAttributes(id));
        return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
      }).length;
    })()`);
    expect(outside).toBe(0);
    expect(await evaluate<number>("window.__newsgraph.renderer.getCamera().getState().ratio")).toBeLessThan(1);
    await page.selectOption("#hops", "1");
    await expect.poll(() => page.url()).not.toContain("&hops=2");
    expect(await evaluate<number>("window.__newsgraph.controller.explored.shown.size")).toBe(shown);
  });
});

describe("sizes, titles, timeline, shortcuts", () => {
  it("sizes by PageRank over actors and statements: no article is the largest node", async () => {
    await open("mode=graph&size=pagerank");
    const largest = await evaluate<string>("[...window.__newsgraph.controller.sizes].sort((a, b) => b[1] - a[1])[0][0]");
    expect(largest.startsWith("article:")).toBe(false);
  });

  it("labels articles by title, in the filter list and in search", async () => {
    await open("mode=graph");
    const labels = await page.locator("#filter-articles label span").allTextContents();
    expect(labels).toContain(FIXTURE_ARTICLES.moscow.title);
    await page.fill("#search", "Drones over");
    expect(await page.locator(`#search-results li[data-id="${FIXTURE_IDS.article1}"] .hit-label`).textContent()).toBe(FIXTURE_ARTICLES.moscow.title);
  });

  it("labels the timeline's axis, and the date filter hides actors without a date in range", async () => {
    await open("mode=graph");
    expect(await page.locator("#timeline-axis").textContent()).toBe("2024-11-102024-12-02");
    expect(await page.locator("#timeline-scale").textContent()).toMatch(/highest bar: \d+ items per day/);
    await open("mode=graph&from=2024-12-01");
    const visible = (id: string) => evaluate<boolean>(`window.__newsgraph.controller.visibility.nodes.has(${JSON.stringify(id)})`);
    expect(await visible(FIXTURE_IDS.kim)).toBe(false);
    expect(await visible(FIXTURE_IDS.putin)).toBe(true);
    expect(await visible(FIXTURE_IDS.moscow)).toBe(false);
    expect(await page.locator("#timeline-note").textContent()).toContain("Undated");
  });

  it("`/` focuses the search even when a filter checkbox has focus", async () => {
    await open("mode=graph");
    await page.locator("#filter-types input").first().focus();
    await page.keyboard.press("/");
    expect(await evaluate<string>("document.activeElement.id")).toBe("search");
    expect(await page.inputValue("#search")).toBe("");
  });
});

describe("a shared link", () => {
  it("gives the same picture in a fresh browser: same layout, same camera, same pixels", async () => {
    const hash = `node=${node(FIXTURE_IDS.putin)}&mode=graph&hops=2`;
    const picture = async (on: Page) => {
      await open(hash, on, "");
      await on.mouse.move(1, 1);
      await on.waitForTimeout(900);
      const state = await evaluate<string>(`JSON.stringify({ positions: window.__newsgraph.controller.shown.mapNodes((id, a) => [id, a.x, a.y]), camera: window.__newsgraph.renderer.getCamera().getState() })`, on);
      return { state, png: await on.locator("#sigma").screenshot() };
    };
    const first = await picture(page);
    const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const second = await picture(await fresh.newPage());
      expect(second.state).toBe(first.state);
      expect(second.png.equals(first.png)).toBe(true);
    } finally {
      await fresh.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
