import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepStaleTemporaries, UnsafeTargetError, writeFileAtomic, writeFilesAtomic } from "./atomic-write";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atomic-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("targets that are not regular files", () => {
  it("refuses a device such as /dev/null and leaves it a device", () => {
    expect(() => writeFileAtomic("/dev/null", "x")).toThrow(UnsafeTargetError);
    expect(() => writeFileAtomic("/dev/null", "x")).toThrow("/dev/null: is a device, not a regular file: refusing to replace it");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("refuses a folder", () => {
    expect(() => writeFileAtomic(dir, "x")).toThrow(/is a folder, not a regular file/);
  });

  it("refuses a symbolic link unless asked to write through it, and then replaces the file it points to", () => {
    const real = join(dir, "real.json"), link = join(dir, "link.json");
    writeFileSync(real, "old");
    symlinkSync(real, link);
    expect(() => writeFileAtomic(link, "new")).toThrow(/link\.json: is a symbolic link to .*real\.json: not replacing it/);
    expect(readFileSync(real, "utf8")).toBe("old");
    writeFileAtomic(link, "new", { followSymlinks: true });
    expect(readFileSync(real, "utf8")).toBe("new");
    expect(readdirSync(dir).sort()).toEqual(["link.json", "real.json"]);
  });

  it("keeps the permissions of the file it replaces", () => {
    const path = join(dir, "g.json");
    writeFileSync(path, "old");
    chmodSync(path, 0o640);
    writeFileAtomic(path, "new");
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });
});

describe("stale temporary files", () => {
  it("sweeps those of a process that no longer runs, and only those of the same target", () => {
    const target = join(dir, "graph.json");
    // A pid far above any running process's: its temporary file is left over from a crash.
    const stale = join(dir, ".graph.json.999999999.0badc0de.tmp");
    const ours = join(dir, `.graph.json.${process.pid}.0badc0de.tmp`);
    const other = join(dir, ".other.json.999999999.0badc0de.tmp");
    for (const f of [stale, ours, other]) writeFileSync(f, "half");
    expect(sweepStaleTemporaries(target)).toEqual([stale]);
    writeFileAtomic(target, "whole");
    expect(readdirSync(dir).sort()).toEqual([".graph.json." + process.pid + ".0badc0de.tmp", ".other.json.999999999.0badc0de.tmp", "graph.json"]);
  });
});

describe("writeFilesAtomic", () => {
  it("replaces nothing when writing one of the files fails", () => {
    const a = join(dir, "graph.json"), b = join(dir, "graph.report.json");
    writeFileSync(a, "old graph");
    writeFileSync(b, "old report");
    function* failing() {
      yield "half a report";
      throw new Error("report failed");
    }
    expect(() => writeFilesAtomic([{ path: a, chunks: ["new graph"] }, { path: b, chunks: failing() }])).toThrow("report failed");
    expect([readFileSync(a, "utf8"), readFileSync(b, "utf8")]).toEqual(["old graph", "old report"]);
    expect(readdirSync(dir).sort()).toEqual(["graph.json", "graph.report.json"]);
  });

  it("puts the first file back when the second cannot be renamed into place", () => {
    const a = join(dir, "graph.json"), b = join(dir, "graph.report.json");
    writeFileSync(a, "old graph");
    writeFileSync(b, "old report");
    // While the report is written, something puts a non-empty folder where it goes: its rename will fail.
    function* report() {
      yield "new report";
      rmSync(b);
      mkdirSync(join(b, "inside"), { recursive: true });
    }
    expect(() => writeFilesAtomic([{ path: a, chunks: ["new graph"] }, { path: b, chunks: report() }])).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readFileSync(a, "utf8")).toBe("old graph");
    expect(readdirSync(dir).sort()).toEqual(["graph.json", "graph.report.json"]);
  });

  it("writes both files when nothing fails", () => {
    const a = join(dir, "graph.json"), b = join(dir, "graph.report.json");
    writeFilesAtomic([{ path: a, chunks: ["graph ", "text"] }, { path: b, chunks: ["report"] }]);
    expect([readFileSync(a, "utf8"), readFileSync(b, "utf8")]).toEqual(["graph text", "report"]);
  });
});

describe("interrupted writes", () => {
  it("removes the temporary file and leaves the target whole when SIGTERM arrives mid-write", async () => {
    const target = join(dir, "graph.json");
    writeFileSync(target, "old");
    const module = join(import.meta.dirname, "atomic-write.ts");
    const script = `
      import { writeChunksAtomicAsync } from ${JSON.stringify(module)};
      async function* slow() { yield "half"; console.log("started"); await new Promise(() => setInterval(() => {}, 1000)); }
      await writeChunksAtomicAsync(${JSON.stringify(target)}, slow());`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: import.meta.dirname, stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.on("data", () => resolve()));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
    child.kill("SIGTERM");
    const signal = await new Promise((resolve) => child.on("exit", (_code, s) => resolve(s)));
    expect(signal).toBe("SIGTERM");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(existsSync(target)).toBe(true);
  }, 20_000);
});
