// The piscina worker entry when running from TypeScript sources (tests, tsx). Plain JavaScript, because a
// worker thread does not inherit loader hooks that the main thread registered at run time, only --import
// flags; tsImport loads the TypeScript through tsx in a scoped namespace. The built CLI (packages/cli/dist)
// ships its own bundled extract-worker.mjs instead, which loads no compiler.
import { tsImport } from "tsx/esm/api";

const { TASKS } = await tsImport("./outcome.ts", import.meta.url);

export default TASKS.extractOutcome;
export const { extractOutcome, extractSplit } = TASKS;
