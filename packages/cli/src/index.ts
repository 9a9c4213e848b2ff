// @newsgraph/cli as a library: the program (for tests and embedding) and the build pipeline.
export { createProgram, runCli } from "./program";
export { buildGraph, type BuildOptions, type BuildResult } from "./build/build-graph";
export { reportPathFor, type BuildReport, type ArticleReport, type ArticleStatus } from "./build/report";
export { EXPORT_FORMATS, besideGraph, findExportFormat, type ExportFormat } from "./export-formats";
export { graphStats, formatStats, type GraphStats } from "./stats/graph-stats";
export { CliError } from "./errors";
