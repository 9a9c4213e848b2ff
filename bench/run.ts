// pnpm bench [filter]: runs every packages/*/bench/*.bench.ts and bench/*.bench.ts in sorted order (or only
// those whose path contains `filter`). Each file exports `async function run(): Promise<void>` that prints
// its own figures.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function benchFiles(): string[] {
  const inFolder = (folder: string) =>
    existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".bench.ts")).map((f) => join(folder, f)) : [];
  const packages = readdirSync(join(root, "packages"), { withFileTypes: true }).filter((d) => d.isDirectory());
  const files = [...packages.flatMap((p) => inFolder(join(root, "packages", p.name, "bench"))), ...inFolder(join(root, "bench"))];
  return files.map((f) => relative(root, f)).sort();
}

/** A benchmark's first comment line: what it measures. */
function describe(file: string): string {
  const first = readFileSync(join(root, file), "utf8").split("\n").find((l) => l.startsWith("//")) ?? "";
  return first.replace(/^\/\/\s*/, "");
}

function usage(): string {
  const files = benchFiles();
  return [
    "usage: pnpm bench [filter]",
    "Runs every benchmark file, or those whose path contains filter (e.g. pnpm bench extract, pnpm bench build).",
    "Each prints CPU times and ratios against a reference run in the same process.",
    "",
    ...files.map((f) => `  ${f}\n      ${describe(f)}`),
  ].join("\n");
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  if (filter === "--help" || filter === "-h") {
    console.log(usage());
    return;
  }
  const files = benchFiles().filter((f) => !filter || f.includes(filter));
  if (!files.length) {
    console.error(filter ? `no benchmark file matches "${filter}"` : "no benchmark files found");
    process.exit(1);
  }
  let failed = 0;
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const started = performance.now();
    try {
      const module = (await import(pathToFileURL(join(root, file)).href)) as { run?: () => Promise<void> };
      if (typeof module.run !== "function") throw new Error("exports no run() function");
      await module.run();
      console.log(`--- ${file}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      failed++;
      console.error(`--- ${file}: FAILED: ${(error as Error).stack ?? error}`);
    }
  }
  console.log(`\n${files.length - failed} benchmark files ran, ${failed} failed`);
  if (failed) process.exit(1);
}

await main();
