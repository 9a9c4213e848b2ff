// The newsgraph CLI run in this process, the way main.ts runs it, with its output and exit code captured: the
// same code path as the command (commander, every command's action, error formatting), without paying Node's
// and the TypeScript loader's start-up for each call. A few tests still spawn the real binary.
import { runCli } from "@newsgraph/cli";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Thrown by the stand-in for process.exit: commander exits on --help and usage errors. */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Runs `newsgraph ...args` in this process. Calls must not overlap (they share process.stdout). */
export function newsgraph(...args: string[]): Promise<Run> {
  return capture(() => runCli(["node", "newsgraph", ...args]));
}

/**
 * Runs `main` with process.stdout, process.stderr and process.exit captured; the exit code is what it returns,
 * else process.exitCode, else what it passed to process.exit (the output after that is dropped).
 */
export async function capture(main: () => Promise<number>): Promise<Run> {
  const out: string[] = [], err: string[] = [];
  let exited: number | undefined;
  const saved = { stdout: process.stdout.write, stderr: process.stderr.write, exit: process.exit, exitCode: process.exitCode };
  // After an exit a real process writes nothing more: what is printed about the Exit itself is dropped.
  const sink = (lines: string[]) => ((chunk: string | Uint8Array) => {
    if (exited === undefined) lines.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = sink(out);
  process.stderr.write = sink(err);
  process.exit = ((code?: number) => {
    exited ??= code ?? 0;
    throw new Exit(exited);
  }) as typeof process.exit;
  process.exitCode = undefined;
  try {
    let code: number;
    try {
      code = await main();
    } catch (error) {
      if (!(error instanceof Exit)) throw error;
      code = error.code;
    }
    const exitCode = typeof process.exitCode === "number" ? process.exitCode : undefined;
    return { code: exited ?? (exitCode || code), stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    process.exit = saved.exit;
    process.exitCode = saved.exitCode;
  }
}
