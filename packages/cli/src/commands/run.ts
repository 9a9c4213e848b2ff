// newsgraph run <script> -- [args...]: runs a TypeScript query script (see scripts/) with tsx, passing
// the arguments through and returning its exit code. Scripts use the Graph API of @newsgraph/graph-model.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { Command } from "commander";
import { CliError } from "../errors";

/** The script's path: from the current folder, else from the folder pnpm was started in. */
function findScript(script: string): string {
  const bases = [process.cwd(), process.env.INIT_CWD].filter((b): b is string => !!b);
  const candidates = isAbsolute(script) ? [script] : [...new Set(bases.map((b) => resolve(b, script)))];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new CliError(`no script at ${candidates.join(" or ")} (try one of scripts/*.ts)`);
  return found;
}

export function register(program: Command): void {
  program
    .command("run")
    .summary("run a query script (TypeScript, with tsx), e.g. scripts/who-said-what.ts")
    .description("Runs a TypeScript script with tsx. Everything after the script (best after --) goes to the script.")
    .argument("<script>", "a .ts file, e.g. scripts/timeline.ts")
    .argument("[args...]", "arguments for the script (after --; `run <script> -- --help` shows the script's help)")
    .allowUnknownOption()
    .helpOption(false)
    .addHelpText("after", '\nExamples:\n  $ newsgraph run scripts/who-said-what.ts -- "Sergei Sobyanin"\n  $ newsgraph run scripts/path-between.ts -- Sobyanin "North Korea" --max-hops 4 --json')
    .action((script: string, args: string[], _flags: unknown, command: Command) => {
      // Help is off so that a script's own --help reaches it; `run --help` (no script) is still ours.
      if (script === "--help" || script === "-h") return command.outputHelp();
      const path = findScript(script);
      const tsx = import.meta.resolve("tsx");
      const result = spawnSync(process.execPath, ["--import", tsx, path, ...args.filter((a, i) => !(i === 0 && a === "--"))], { stdio: "inherit" });
      if (result.error) throw new CliError(`cannot run ${path}: ${result.error.message}`);
      process.exitCode = result.status ?? 1;
    });
}
