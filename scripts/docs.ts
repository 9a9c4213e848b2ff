// pnpm docs: regenerates the command transcripts of README.md and docs/*.md from real runs (see
// scripts/lib/docs-blocks.ts for the format). Commands run from a scratch folder that links to corpus/ and
// scripts/, so that out/ files they write do not touch the checkout.
//   pnpm docs            rewrite the files
//   pnpm docs --check    exit 1, naming the files, when a transcript differs from a real run (durations aside)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { writeFileAtomic } from "@newsgraph/graph-model/node";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { maskVolatile, regenerate, type Command, type Output, type Transcript } from "./lib/docs-blocks";

const ROOT = resolve(import.meta.dirname, "..");
export const DOC_FILES = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** A scratch folder that looks like the repository root to the commands. */
export function scratchRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), "ng-docs-"));
  for (const link of ["corpus", "scripts"]) symlinkSync(join(ROOT, link), join(dir, link));
  return dir;
}

export function writeFiles(cwd: string, writes: Transcript["writes"]): void {
  for (const w of writes) {
    mkdirSync(dirname(join(cwd, w.path)), { recursive: true });
    writeFileSync(join(cwd, w.path), w.content);
  }
}

function spawnRunner(cwd: string) {
  return async (command: Command, writes: Transcript["writes"]): Promise<Output> => {
    writeFiles(cwd, writes);
    const tsx = import.meta.resolve("tsx");
    const argv = command.program === "newsgraph" ? [join(ROOT, "packages", "cli", "bin", "newsgraph.js"), ...command.args] : ["--import", tsx, join(ROOT, command.args[0]!), ...command.args.slice(1)];
    const env = { ...process.env, NEO4J_URI: "", NO_COLOR: "1" };
    const r = spawnSync(process.execPath, argv, { cwd, encoding: "utf8", env });
    // A crash is not a transcript: stop rather than write a stack trace into the docs.
    if (/\n\s+at .+:\d+:\d+\)?\n/.test(r.stderr)) throw new Error(`$ ${command.line} crashed:\n${r.stderr}`);
    return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
  };
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const cwd = scratchRoot();
  const drifted: string[] = [];
  try {
    for (const file of DOC_FILES) {
      const path = join(ROOT, file);
      const before = readFileSync(path, "utf8");
      const after = await regenerate(before, spawnRunner(cwd));
      if (maskVolatile(after) === maskVolatile(before)) continue;
      drifted.push(file);
      // Atomic: an interrupted run never leaves a half-written README.
      if (!check) writeFileAtomic(path, after);
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
  if (check && drifted.length) {
    process.stderr.write(`transcripts differ from real runs in ${drifted.join(", ")}: run pnpm docs\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(drifted.length ? `regenerated ${drifted.join(", ")}\n` : "every transcript matches a real run\n");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
