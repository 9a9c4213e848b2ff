// pnpm bench viewer: time to first render and median frame time while the camera moves, in headless
// Chromium (SwiftShader WebGL: CPU rendering, so absolute figures are far slower than on a GPU), for the
// viewer and for a bare sigma page on the same synthetic graph; the ratio is the viewer's own overhead.
import { MemoryStore } from "@newsgraph/graph-model";
import type { Browser } from "playwright-core";
import { startViewerServer } from "../src/index";
import { launchChromium } from "../src/testing/chromium";
import { syntheticViewerGraph } from "./synthetic-graph";

const SIZES = [1_000, 10_000, 50_000];
const MOVES = 30;

interface Figures {
  firstRenderMs: number;
  medianFrameMs: number;
}

// Pan and zoom as a user's drags and wheel turns do: a chain of short camera animations (sigma treats an
// animated camera as moving, exactly as during a drag), while a separate loop records the gaps between
// animation frames. A string, not a function: tsx's transform would add helpers the page does not have.
const CAMERA_MOVES = `(async () => {
  const camera = window.__newsgraph.renderer.getCamera();
  const start = camera.getState();
  const gaps = [];
  let moving = true, last = performance.now();
  const record = (now) => {
    gaps.push(now - last);
    last = now;
    if (moving) requestAnimationFrame(record);
  };
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(record); });
  for (let i = 1; i <= MOVES; i++) {
    await camera.animate({ x: start.x + 0.1 * Math.sin(i / 3), y: start.y + 0.1 * Math.cos(i / 3), ratio: 0.6 + 0.4 * Math.abs(Math.sin(i / 5)) }, { duration: 60 });
  }
  moving = false;
  return gaps;
})()`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function measure(browser: Browser, url: string): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForSelector("body[data-ready='true']", { timeout: 300_000 });
    const firstRenderMs = (await page.evaluate(`performance.getEntriesByName("newsgraph:first-render")[0].startTime`)) as number;
    const frames = (await page.evaluate(CAMERA_MOVES.replace("MOVES", String(MOVES)))) as number[];
    return { firstRenderMs, medianFrameMs: median(frames) };
  } finally {
    await page.close();
  }
}

export async function run(): Promise<void> {
  const browser = await launchChromium();
  try {
    console.log("viewer vs bare sigma, headless Chromium + SwiftShader, 1280×800, edges = 2 × nodes, layout not run");
    console.log("nodes   edges   | first render ms: viewer  bare  ratio | median frame ms (camera moving): viewer  bare  ratio");
    for (const n of SIZES) {
      const store = MemoryStore.fromSerialized(syntheticViewerGraph(n, n * 2));
      const server = await startViewerServer({ store, port: 0 });
      try {
        const viewer = await measure(browser, `${server.url}?layout=off`);
        const bare = await measure(browser, `${server.url}bare.html`);
        const r = (a: number, b: number) => (a / b).toFixed(2);
        console.log(
          `${String(n).padEnd(7)} ${String(store.graph.size).padEnd(7)} |` +
            ` ${viewer.firstRenderMs.toFixed(0).padStart(22)} ${bare.firstRenderMs.toFixed(0).padStart(5)} ${r(viewer.firstRenderMs, bare.firstRenderMs).padStart(6)} |` +
            ` ${viewer.medianFrameMs.toFixed(1).padStart(38)} ${bare.medianFrameMs.toFixed(1).padStart(5)} ${r(viewer.medianFrameMs, bare.medianFrameMs).padStart(6)}`,
        );
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
}
