// What `newsgraph build` does once its arguments are parsed: build, write the graph and the report, tell the user.
import { existsSync } from "node:fs";
import { saveGraph, writeFileAtomic } from "@newsgraph/graph-model/node";
import { CliError } from "../errors";
import { buildGraph } from "./build-graph";
import { createProgress } from "./progress";
import { nothingReadMessage, reportPathFor, summaryLine, type BuildReport } from "./report";

export interface BuildFlags {
  out?: string;
  into?: string;
  workers: number;
  maxSize: number;
  json?: boolean;
}

const MAX_SKIPPED_LINES = 10;

export async function runBuild(inputs: string[], flags: BuildFlags): Promise<void> {
  if (flags.into && !existsSync(flags.into)) {
    throw new CliError(`${flags.into}: no such graph file (build --into adds to an existing graph; use --out to start a new one)`);
  }
  const out = flags.out ?? flags.into ?? "graph.json";
  const reportPath = reportPathFor(out);
  const progress = createProgress();
  let result;
  try {
    result = await buildGraph({
      inputs,
      out,
      ...(flags.into ? { into: flags.into } : {}),
      workers: flags.workers,
      maxBytes: Math.round(flags.maxSize * 1024 * 1024),
      onProgress: (phase, done, total) => progress.update(phase, done, total),
    });
    const { store, report, changed } = result;
    if (report.articles.length === 0) {
      progress.stop();
      writeReport(reportPath, report, flags.json);
      throw new CliError(nothingReadMessage(report, reportPath));
    }
    if (changed || out !== flags.into) {
      progress.update("save", 0, 1);
      const saving = performance.now();
      writeOrExplain(out, "the graph", () => saveGraph(store, out));
      progress.update("save", 1, 1);
      report.phaseMs = { ...report.phaseMs, save: Math.round(performance.now() - saving) };
      report.written = true;
    }
  } finally {
    progress.stop();
  }
  const { report } = result;
  writeReport(reportPath, report, flags.json);
  const lines = [summaryLine(report, reportPath)];
  for (const s of report.skipped.slice(0, MAX_SKIPPED_LINES)) lines.push(`  skipped ${s.path}: ${s.reason}`);
  if (report.skipped.length > MAX_SKIPPED_LINES) lines.push(`  ... and ${report.skipped.length - MAX_SKIPPED_LINES} more in ${reportPath}`);
  for (const w of report.warnings.slice(0, MAX_SKIPPED_LINES)) lines.push(`  warning ${w.origin}: ${w.message}`);
  process.stderr.write(`${lines.join("\n")}\n`);
}

function writeReport(path: string, report: BuildReport, toStdout = false): void {
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeOrExplain(path, "the run report", () => writeFileAtomic(path, json));
  if (toStdout) process.stdout.write(json);
}

function writeOrExplain(path: string, what: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`${path}: cannot write ${what} (${reason})`);
  }
}
