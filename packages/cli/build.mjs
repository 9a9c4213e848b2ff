// Builds the newsgraph command and its extraction worker as JavaScript with esbuild, into packages/cli/dist,
// so that neither the command nor each worker thread compiles TypeScript when it starts. Run at install
// (the root package's `prepare`), and again by bin/newsgraph.js whenever a source is newer than the build.
// Workspace packages are bundled; npm packages stay outside, imported from where pnpm installed them.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const CLI = dirname(fileURLToPath(import.meta.url));
const ROOT = join(CLI, "..", "..");
export const DIST = join(CLI, "dist");
const STAMP = join(DIST, ".built");
/** What the bundle is made of: when any of it is newer than the last build, the build is stale. */
const SOURCES = [join(ROOT, "packages"), join(ROOT, "pnpm-lock.yaml"), join(CLI, "build.mjs")];
const SKIP = new Set(["node_modules", "dist", "bench", "codegen", ".vite", "app", "state"]);

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIP.has(entry.name)) continue;
    if (entry.isDirectory() || /\.(ts|mjs|js|json|yaml)$/.test(entry.name)) newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

export function isStale() {
  if (!existsSync(STAMP)) return true;
  return Math.max(...SOURCES.filter(existsSync).map(newestMtime)) > statSync(STAMP).mtimeMs;
}

/** npm packages: resolved as Node would from the importing file, then imported from dist by relative path. */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.resolving || args.path.startsWith("node:") || args.path.startsWith("@newsgraph/")) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { resolving: true } });
      if (resolved.errors.length || !resolved.path || !resolved.path.startsWith(sep)) return { path: args.path, external: true };
      return { path: relative(DIST, resolved.path).split(sep).join("/"), external: true };
    });
    // A workspace file that finds its own files (the viewer's assets) keeps its source location.
    build.onLoad({ filter: /\/packages\/viewer\/src\/.*\.ts$/ }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      const text = await readFile(args.path, "utf8");
      return { contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" };
    });
  },
};

export async function buildCli() {
  const { build } = await import("esbuild");
  const tmp = `${DIST}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await build({
    entryPoints: {
      newsgraph: join(CLI, "src", "main.ts"),
      "extract-worker": join(ROOT, "packages", "extractor", "src", "parallel", "worker-entry.ts"),
    },
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [externalPackages],
    // Every output file sits in dist/: each tells the extractor where the bundled worker is.
    banner: { js: 'globalThis.NEWSGRAPH_EXTRACT_WORKER ??= new URL("./extract-worker.mjs", import.meta.url).href;' },
  });
  // Moved in file by file, the stamp last. Chunk names carry a content hash, so a process started on an earlier
  // build (whose worker threads load chunks later) still finds its files: they are removed an hour later.
  mkdirSync(DIST, { recursive: true });
  const fresh = new Set(readdirSync(tmp));
  for (const file of fresh) renameSync(join(tmp, file), join(DIST, file));
  rmSync(tmp, { recursive: true, force: true });
  for (const file of readdirSync(DIST)) {
    const stat = statSync(join(DIST, file), { throwIfNoEntry: false });
    if (!fresh.has(file) && file !== ".built" && stat && stat.mtimeMs < Date.now() - 3_600_000) rmSync(join(DIST, file), { force: true });
  }
  writeFileSync(STAMP, "built by packages/cli/build.mjs\n");
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await buildCli();
  process.stderr.write(`built ${relative(process.cwd(), DIST) || DIST}\n`);
}
