// The example scripts of scripts/ run in this process, as `tsx scripts/<name>.ts args...` runs them: the
// module is evaluated afresh with process.argv set, and its output and exit code are captured. Loading the
// graph model once for all of them is what makes the script tests quick; a few tests still spawn the real thing.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { capture, type Run } from "./cli";
import { ROOT } from "./sample-graph";

let runs = 0;

/** Runs scripts/<name>.ts with these arguments in this process. Calls must not overlap. */
export async function script(name: string, ...args: string[]): Promise<Run> {
  const path = join(ROOT, "scripts", `${name}.ts`);
  const argv = process.argv;
  process.argv = [process.execPath, path, ...args];
  try {
    // A new query string makes a new module instance, so that the script's top level runs again.
    return await capture(async () => {
      await import(/* @vite-ignore */ `${pathToFileURL(path).href}?run=${++runs}`);
      return 0;
    });
  } finally {
    process.argv = argv;
  }
}
