// build --into after an article changed, and how build and export write their files: end to end, as a user runs them.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const MAIN = join(ROOT, "packages", "cli", "src", "main.ts");

function newsgraph(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SLOW = { timeout: 120_000 };
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ng-into-"));
});

const actor = (path: string, id: string) => JSON.parse(readFileSync(path, "utf8")).nodes.find((n: { key: string }) => n.key === id)?.attributes;

describe("build --into after an article changed", SLOW, () => {
  it("drops the role, affiliation, country and alias only the old text supported: the bytes of a fresh build", () => {
    const dir = join(tmp, "changed");
    mkdirSync(dir);
    writeFileSync(join(dir, "one.txt"), "Ukrainian President Volodymyr Zelensky said on Monday that the talks would resume.\n");
    writeFileSync(join(dir, "two.txt"), "Zelensky said the army would hold the line near Kharkiv.\n");
    const graph = join(tmp, "changed.json"), fresh = join(tmp, "fresh.json");
    expect(newsgraph("build", dir, "--out", graph).code).toBe(0);
    expect(actor(graph, "actor:volodymyr-zelensky")).toMatchObject({ affiliation: "Ukraine", country: "UA", roles: ["Ukrainian President"] });

    writeFileSync(join(dir, "one.txt"), "Volodymyr Zelensky said on Monday that the talks would resume.\n");
    const into = newsgraph("build", "--into", graph, dir, "--json");
    expect(into.code, into.stderr).toBe(0);
    expect(JSON.parse(into.stdout).articles.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([["one.txt", "changed"], ["two.txt", "unchanged"]]);
    expect(newsgraph("build", dir, "--out", fresh).code).toBe(0);
    const after = actor(graph, "actor:volodymyr-zelensky");
    expect(after.affiliation).toBeUndefined();
    expect(after.country).toBeUndefined();
    expect(after.aliases).not.toContain("Ukrainian President Volodymyr Zelensky");
    expect(readFileSync(graph, "utf8")).toBe(readFileSync(fresh, "utf8"));
  });
});

describe("where build and export write", SLOW, () => {
  it("refuses a device or a symbolic link as --out, and leaves it as it was", () => {
    const dir = join(tmp, "in");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.txt"), "Kyiv said the talks would resume.\n");
    const devNull = newsgraph("build", dir, "--out", "/dev/null");
    expect(devNull.code).toBe(1);
    expect(devNull.stderr).toContain("/dev/null: is a device, not a regular file: refusing to replace it");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);

    const graph = join(tmp, "g.json"), link = join(tmp, "link.json");
    expect(newsgraph("build", dir, "--out", graph).code).toBe(0);
    symlinkSync(graph, link);
    const viaLink = newsgraph("export", graph, "--format", "gexf", "--out", link);
    expect(viaLink.code).toBe(1);
    expect(viaLink.stderr).toBe(`newsgraph: cannot write the export: ${link}: is a symbolic link to ${graph}: not replacing it; to write there, give that path instead\n`);
    expect(readFileSync(link, "utf8")).toBe(readFileSync(graph, "utf8"));
    const exportDevNull = newsgraph("export", graph, "--format", "graphml", "--out", "/dev/null");
    expect(exportDevNull.code).toBe(1);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("changes neither the graph nor its report when the report cannot be written", () => {
    const dir = join(tmp, "pair");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.txt"), "Kyiv said the talks would resume.\n");
    const graph = join(tmp, "pair.json");
    expect(newsgraph("build", dir, "--out", graph).code).toBe(0);
    const before = readFileSync(graph, "utf8");
    writeFileSync(join(dir, "b.txt"), "Moscow said it would not attend.\n");
    // The report's place is taken by a folder: the graph must not change alone.
    const report = join(tmp, "pair.report.json");
    const old = readFileSync(report, "utf8");
    spawnSync("rm", [report]);
    mkdirSync(report);
    const r = newsgraph("build", "--into", graph, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cannot write the graph and its run report");
    expect(readFileSync(graph, "utf8")).toBe(before);
    expect(old).toContain('"written": true');
  });
});
