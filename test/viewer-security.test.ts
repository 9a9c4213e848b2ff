// Article text and quotes reach the page as text, never as HTML: a statement and an article holding
// <img onerror> and <script> show those characters literally and run nothing. Also: the server's headers
// and the URL state survive a reload.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { CONTENT_SECURITY_POLICY, startViewerServer, type ViewerServer } from "@newsgraph/viewer";
import { launchChromium } from "@newsgraph/viewer/testing";
import { FIXTURE_ARTICLES, FIXTURE_IDS, fixtureStore } from "../packages/viewer/src/state/fixture";

const ARTIFACTS = join(import.meta.dirname, "..", "test-artifacts", "viewer");
let server: ViewerServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startViewerServer({ store: fixtureStore(), port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  page.on("pageerror", (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = async (hash: string) => {
  await page.goto(`${server.url}?layout=off#${hash}`);
  await page.waitForSelector("body[data-ready='true']", { state: "attached", timeout: 60_000 });
};

describe("viewer security", () => {
  it("serves a Content-Security-Policy and binds to loopback", async () => {
    const res = await fetch(server.url);
    expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(server.url.startsWith("http://127.0.0.1:")).toBe(true);
    expect((await fetch(`${server.url}..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it("shows a hostile quote as literal text in the panel and the excerpt, and runs nothing", async () => {
    await open(`node=${encodeURIComponent(FIXTURE_IDS.putin)}`);
    const statement = page.locator("#details li.statement").first();
    await statement.locator(".excerpt mark").waitFor();
    expect(await statement.locator(".excerpt mark").textContent()).toBe("<img src=x onerror=alert(1)> and <script>window.__pwned=1</script> were nothing");
    expect(await page.locator("#details img, #details script").count()).toBe(0);
    expect(await page.evaluate("window.__pwned === undefined")).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, "security-quote.png") });
  });

  it("shows a hostile article title and body as text", async () => {
    await open(`node=${encodeURIComponent(FIXTURE_IDS.article2)}`);
    expect(await page.locator("#detail-title").textContent()).toBe(FIXTURE_ARTICLES.hostile.title);
    await page.locator(".article-text p").first().waitFor();
    expect(await page.locator(".article-text").textContent()).toBe(FIXTURE_ARTICLES.hostile.text);
    expect(await page.locator("#details img, #details script, #details b").count()).toBe(0);
    await page.fill("#search", "onerror");
    await page.locator("#search-results li").first().waitFor();
    expect(await page.locator("#search-results img").count()).toBe(0);
    expect(await page.evaluate("window.__pwned === undefined")).toBe(true);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("restores mode, selection and filters from the URL", async () => {
    // The full graph (the default view is spoke-about), actors and statements only, article 1 only.
    await open(`node=${encodeURIComponent(FIXTURE_IDS.sobyanin)}&mode=graph&types=Actor,Statement&sources=Example%20Wire`);
    expect(await page.getAttribute("button[data-mode='graph']", "aria-pressed")).toBe("true");
    expect(await page.getAttribute("button[data-mode='spoke']", "aria-pressed")).toBe("false");
    expect(await page.locator("#detail-title").textContent()).toBe("Sergei Sobyanin");
    expect(await page.locator("#filter-sources input[value='Other Wire']").isChecked()).toBe(false);
    expect(await page.locator("#filter-types input[value='Event']").isChecked()).toBe(false);
    // Article 1's four actors (Sobyanin, Putin, North Korea, Kim) and its three statements.
    expect(await page.locator("#counts").textContent()).toMatch(/^7 of 15 nodes/);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.url()).not.toContain("node=");
  });
});
