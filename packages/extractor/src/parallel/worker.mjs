// The piscina worker entry. Plain JavaScript, because a worker thread does not inherit loader hooks that
// the main thread registered at run time (bin/newsgraph.js, vitest), only --import flags. tsImport loads
// the TypeScript worker through tsx in a scoped namespace, so it also works when tsx is already active.
import { tsImport } from "tsx/esm/api";

const { extractOutcome } = await tsImport("./outcome.ts", import.meta.url);

export default extractOutcome;
