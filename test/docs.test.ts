// The command transcripts in README.md and docs/*.md match what the code prints today (durations aside): each
// marked block (scripts/lib/docs-blocks.ts) is run again, in this process, from a scratch folder. When one
// fails, `pnpm docs` rewrites the transcripts from real runs.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOC_FILES, scratchRoot, writeFiles } from "../scripts/docs";
import { findTranscripts, maskVolatile, renderOutput, type Command, type Transcript } from "../scripts/lib/docs-blocks";
import { newsgraph, type Run } from "./support/cli";
import { ROOT } from "./support/sample-graph";
import { script } from "./support/script";

let scratch: string;
let cwd: string;
beforeAll(() => {
  cwd = process.cwd();
  scratch = scratchRoot();
  process.chdir(scratch);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(scratch, { recursive: true, force: true });
});

/** The command in this process: `newsgraph run S -- args` is the script itself (run only spawns it). */
function runInProcess(command: Command): Promise<Run> {
  if (command.program === "script") return script(command.args[0]!.replace(/^scripts\/|\.ts$/g, ""), ...command.args.slice(1));
  const [verb, target, ...rest] = command.args;
  if (verb === "run") return script(target!.replace(/^scripts\/|\.ts$/g, ""), ...rest.filter((a, i) => !(i === 0 && a === "--")));
  return newsgraph(...command.args);
}

const blocks = DOC_FILES.flatMap((file) => {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  return findTranscripts(lines.join("\n")).map((t: Transcript) => ({ file, t, recorded: lines.slice(t.start, t.end).join("\n") }));
});

describe("docs transcripts match real runs (pnpm docs rewrites them)", () => {
  it("finds the transcripts", () => {
    expect(blocks.filter((b) => b.file === "README.md").length).toBeGreaterThan(5);
    expect(blocks.filter((b) => b.file === "docs/cli.md").length).toBeGreaterThan(2);
  });

  for (const { file, t, recorded } of blocks) {
    it(`${file}:${t.start} ${t.commands[0]!.line}`, async () => {
      const lines: string[] = [];
      for (const [n, command] of t.commands.entries()) {
        if (n === 0) writeFiles(scratch, t.writes);
        lines.push(`$ ${command.line}`, ...renderOutput(command, await runInProcess(command)));
      }
      expect(maskVolatile(lines.join("\n"))).toBe(maskVolatile(recorded));
    });
  }
});
