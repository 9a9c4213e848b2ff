#!/usr/bin/env node
// The newsgraph command: runs the JavaScript build in ../dist (made at install by build.mjs), rebuilding it
// first when a source is newer, so a checkout being edited never runs stale code.
const build = await import("../build.mjs");
if (build.isStale()) await build.buildCli();
await import("../dist/newsgraph.mjs");
