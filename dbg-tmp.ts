import { MemoryStore } from "@newsgraph/graph-model";
import { startViewerServer } from "./packages/viewer/src/index";
import { launchChromium } from "./packages/viewer/src/testing/chromium";
import { syntheticViewerGraph } from "./packages/viewer/bench/synthetic-graph";
const store = MemoryStore.fromSerialized(syntheticViewerGraph(1000, 2000));
const server = await startViewerServer({ store, port: 0, distDir: "/tmp/vdist" });
const browser = await launchChromium();
const page = await browser.newPage();
for (const path of ["?layout=off", "bare.html", "?layout=off", "bare.html"]) {
await page.goto(server.url + path);
await page.waitForTimeout(3000);
console.log(path, await page.evaluate(`JSON.stringify([performance.getEntriesByName("newsgraph:first-render")[0].startTime, performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd, ...performance.getEntriesByType("resource").map(r => [r.name.slice(-30), Math.round(r.startTime), Math.round(r.responseEnd)])])`));
}
await browser.close(); await server.close();
