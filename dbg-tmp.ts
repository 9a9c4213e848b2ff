import { MemoryStore } from "@newsgraph/graph-model";
import { startViewerServer } from "./packages/viewer/src/index";
import { launchChromium } from "./packages/viewer/src/testing/chromium";
import { syntheticViewerGraph } from "./packages/viewer/bench/synthetic-graph";
const store = MemoryStore.fromSerialized(syntheticViewerGraph(1000, 2000));
const server = await startViewerServer({ store, port: 0 });
const browser = await launchChromium();
for (const path of ["?layout=off", "bare.html"]) {
  const page = await browser.newPage();
  page.on("console", (m) => console.log(path, "console:", m.type(), m.text()));
  page.on("pageerror", (e) => console.log(path, "pageerror:", e.message));
  await page.goto(server.url + path);
  await page.waitForTimeout(5000);
  console.log(path, await page.evaluate(() => document.body.dataset.ready), await page.evaluate(() => document.getElementById("status")?.textContent));
  await page.screenshot({ path: `test-artifacts/viewer/dbg-${path.replace(/\W/g, "")}.png` });
}
await browser.close(); await server.close();
