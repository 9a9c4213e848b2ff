// Builds the browser app with Vite when dist/ is missing or older than the sources, so that a fresh
// clone can `pnpm start` with no separate build step.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const VIEWER_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_DIST = join(VIEWER_ROOT, "dist");

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/index.html is missing or any app source (src/app, src/state, html, config) is newer. */
export function viewerBuildIsStale(distDir = DEFAULT_DIST): boolean {
  const index = join(distDir, "index.html");
  if (!existsSync(index)) return true;
  const sources = ["src/app", "src/state", "index.html", "bare.html", "vite.config.ts"].map((p) => join(VIEWER_ROOT, p)).filter(existsSync);
  return Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs;
}

/** Runs `vite build` into a temporary folder, then swaps it into place. */
export async function buildViewer(distDir = DEFAULT_DIST, log: (line: string) => void = () => {}): Promise<void> {
  const { build } = await import("vite");
  const tmp = `${distDir}.tmp-${process.pid}`;
  log("building the viewer (vite build)…");
  await build({ configFile: join(VIEWER_ROOT, "vite.config.ts"), root: VIEWER_ROOT, logLevel: "warn", build: { outDir: tmp, emptyOutDir: true } });
  const old = `${distDir}.old-${process.pid}`;
  if (existsSync(distDir)) renameSync(distDir, old);
  renameSync(tmp, distDir);
  rmSync(old, { recursive: true, force: true });
}

const LOCK_STALE_MS = 5 * 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds when stale; processes starting together (parallel test files) build once, the others wait. */
export async function ensureViewerBuilt(distDir = DEFAULT_DIST, log?: (line: string) => void): Promise<void> {
  if (!viewerBuildIsStale(distDir)) return;
  const lock = `${distDir}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    if (viewerBuildIsStale(distDir)) await buildViewer(distDir, log);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
