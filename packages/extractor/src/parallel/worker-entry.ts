// The extraction worker as bundled into the built CLI (packages/cli/build.mjs): the same tasks as
// extract-worker.mjs, with no compiler loaded.
export { extractOutcome as default, extractOutcome, extractSplit } from "./outcome";
