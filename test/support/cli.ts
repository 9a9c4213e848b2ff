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
export async function newsgraph(...args: string[]): Promise<Run> {
  const out: string[] = [], err: string[] = [];
  let exited: number | undefined;
  const saved = { stdout: process.stdout.write, stderr: process.stderr.write, exit: process.exit, exitCode: process.exitCode };
  // After an exit a real process writes nothing more: what runCli prints about the Exit itself is dropped.
  const capture = (sink: string[]) => ((chunk: string | Uint8Array) => {
    if (exited === undefined) sink.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  process.exit = ((code?: number) => {
    exited ??= code ?? 0;
    throw new Exit(exited);
  }) as typeof process.exit;
  process.exitCode = undefined;
  try {
    const code = await runCli(["node", "newsgraph", ...args]);
    return { code: exited ?? code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    process.exit = saved.exit;
    process.exitCode = saved.exitCode;
  }
}
