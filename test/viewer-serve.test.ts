// `newsgraph serve` as a user runs it: a graph file in, a URL printed, the API and the app answering,
// Ctrl-C stopping it cleanly; a bad graph file fails with one line naming it.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saveGraph } from "@newsgraph/graph-model/node";
import { fixtureStore } from "../packages/viewer/src/state/fixture";

const MAIN = join(import.meta.dirname, "..", "packages", "cli", "src", "main.ts");

function newsgraph(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "", stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe("newsgraph serve", () => {
  it("serves a graph file on loopback, prints the URL and stops on SIGINT", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ng-serve-"));
    const file = join(dir, "graph.json");
    saveGraph(fixtureStore(), file);
    const run = newsgraph(["serve", file, "--port", "0"]);
    await expect.poll(() => run.out(), { timeout: 150_000, interval: 200 }).toMatch(/at http:\/\/127\.0\.0\.1:\d+\//);
    const url = run.out().match(/http:\/\/127\.0\.0\.1:\d+\//)![0];
    const counts = (await (await fetch(`${url}api/counts`)).json()) as { totalNodes: number };
    expect(counts.totalNodes).toBe(15);
    const page = await fetch(url);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await page.text()).toContain('<div id="sigma">');
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
  }, 180_000);

  it("fails with one line naming a bad graph file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ng-serve-"));
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    const run = newsgraph(["serve", file, "--port", "0"]);
    expect(await run.exited).not.toBe(0);
    expect(run.err()).toContain(file);
    expect(run.err().trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
