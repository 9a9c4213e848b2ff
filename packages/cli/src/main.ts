// The newsgraph command (run through tsx: `pnpm newsgraph`, or bin/newsgraph.js).
import { runCli } from "./program";

process.exitCode = await runCli(process.argv);
