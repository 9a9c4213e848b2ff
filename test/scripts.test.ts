// The example scripts in scripts/, run the way an investigator runs them: on the hand-made query fixture
// saved as a graph file, on the sample corpus (built in memory), and through `newsgraph run`. Most run in this
// process (test/support/script.ts: the same module, argv and output); two spawn Node as a user does.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveGraph } from "@newsgraph/graph-model/node";
import { queryFixtureStore } from "@newsgraph/graph-model/testing";
import { ROOT } from "./support/sample-graph";
import { newsgraph } from "./support/cli";
import { script } from "./support/script";
let tmp: string;
let fixture: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ng-scripts-"));
  fixture = join(tmp, "fixture.json");
  saveGraph(queryFixtureStore(), fixture);
});

/** Spawns `node --import tsx scripts/<name>.ts ...args` from the repository root, as a user runs it. */
function spawnScript(name: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", `${name}.ts`), ...args], { cwd: ROOT, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("example scripts on a graph file", () => {
  it("who-said-what: a table of an actor's statements, and the same as JSON", async () => {
    const r = await script("who-said-what", "Sobyanin", "--graph", fixture);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Sergei Sobyanin (actor:sergei-sobyanin): 2 statements");
    expect(lines[2]).toMatch(/^kind\s+statement\s+about\s+where$/);
    expect(r.stdout).toMatch(/direct\s+There is no damage or casualties at the site\s+fx-a\.txt:115/);
    const json = JSON.parse((await script("who-said-what", "Sobyanin", "--graph", fixture, "--json")).stdout);
    expect(json.statements.map((s: { text: string }) => s.text)).toEqual(["air defences destroyed 12 drones over the Ramenskoye district", "There is no damage or casualties at the site"]);
    expect(json.statements[1].mentions[0].excerpt).toContain("Sobyanin said.");
  });

  it("statements-about: speakers of what was said about an actor", async () => {
    const r = await script("statements-about", "Ukraine", "--by", "Putin", "--graph", fixture);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("About Ukraine (actor:ukraine): 1 statement");
    expect(r.stdout).toMatch(/Vladimir Putin\s+indirect\s+ruled out restoring the Black Sea grain deal with Ukraine/);
  });

  it("agreements: parties with roles and status; parties of one agreement", async () => {
    const r = await script("agreements", "North Korea", "--graph", fixture);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Russia–North Korea mutual defence treaty\s+treaty\s+signed\s+Kim Jong-un \(signatory\), North Korea \(party\), Russia \(party\)/);
    const parties = await script("agreements", "--agreement", "grain deal", "--graph", fixture, "--json");
    expect(JSON.parse(parties.stdout).parties.map((p: { actor: { name: string } }) => p.actor.name)).toEqual(["Russia", "Ukraine"]);
  });

  it("path-between: the shortest path drawn with its evidence, then all paths", async () => {
    const r = await script("path-between", "Sobyanin", "Kim Jong-un", "--max-hops", "4", "--graph", fixture);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("shortest (3 hops, 1 path):");
    expect(r.stdout).toContain("Sergei Sobyanin -[AFFILIATED_WITH:Mayor of Moscow]-> Russia -[PARTY_TO:party]-> Russia–North Korea mutual defence treaty <-[PARTY_TO:signatory]- Kim Jong-un");
    expect(r.stdout).toContain("evidence: Russian President Vladimir Putin signed into law a mutual defence treaty with North Korea. (fx-a.txt:210)");
    expect(r.stdout).toContain("all simple paths: 3");
    const said = JSON.parse((await script("path-between", "Putin", "Trump", "--via", "said,about", "--graph", fixture, "--json")).stdout);
    expect(said.shortest[0].statements[0].text).toBe("he was impressed by Donald Trump");
  });

  it("timeline: dated entries first, in date order", async () => {
    const r = await script("timeline", "Putin", "--graph", fixture);
    expect(r.code).toBe(0);
    const rows = r.stdout.split("\n").filter((l) => /^\d{4}-|^- /.test(l));
    expect(rows.map((l) => l.slice(0, 10))).toEqual(["2024-11-10", "2024-11-12", "2024-11-15"]);
  });

  it("ego-to-neo4j: writes a Cypher script (no NEO4J_URI) and the graph file", async () => {
    const out = join(tmp, "ego.cypher"), graph = join(tmp, "ego.json");
    const uri = process.env.NEO4J_URI;
    delete process.env.NEO4J_URI;
    try {
      const r = await script("ego-to-neo4j", "Sobyanin", "--hops", "1", "--out", out, "--out-graph", graph, "--graph", fixture);
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain("Ego network of Sergei Sobyanin within 1 hops: 6 nodes, 8 relationships");
      const cypher = readFileSync(out, "utf8");
      expect(cypher).toContain("MERGE");
      expect(cypher).toContain("sergei-sobyanin");
      expect(JSON.parse(readFileSync(graph, "utf8")).nodes).toHaveLength(6);
      // --out-graph alone writes the graph file and nothing else (no Cypher script in the current folder)
      const only = join(tmp, "only.json");
      const alone = await script("ego-to-neo4j", "Sobyanin", "--hops", "1", "--out-graph", only, "--graph", fixture);
      expect(alone.code, alone.stderr).toBe(0);
      expect(alone.stdout).not.toContain("Cypher");
      expect(existsSync(only)).toBe(true);
      expect(existsSync(join(process.cwd(), "sergei-sobyanin-ego.cypher"))).toBe(false);
    } finally {
      if (uri !== undefined) process.env.NEO4J_URI = uri;
    }
  });

  it("co-mentioned and events", async () => {
    expect((await script("co-mentioned", "Putin", "--min-articles", "2", "--graph", fixture)).stdout).toMatch(/Kim Jong-un\s+person\s+2\s+fx-a\.txt, fx-b\.txt/);
    expect((await script("events", "--at", "Moscow", "--graph", fixture)).stdout).toMatch(/attack\s+Ukraine launched 17 drones at Moscow\s+Russia:target, Ukraine:agent\s+Moscow\s+2024-11-15/);
  });

  it("says which actor was meant, and exits 2", async () => {
    const ambiguous = await script("who-said-what", "Kim", "--graph", fixture);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('error: ambiguous actor "Kim"');
    expect(ambiguous.stderr).toContain("actor:kim-yo-jong");
    const typo = await script("timeline", "Zelenksy", "--graph", fixture);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("did you mean: Volodymyr Zelensky");
    expect((await script("who-said-what", "Putin", "--kind", "quote", "--graph", fixture)).stderr).toMatch(/kind: Invalid option: expected one of "direct"\|"indirect"/);
    expect((await script("who-said-what", "--graph", fixture)).stderr).toContain("usage: who-said-what");
  });

  it("a missing graph file: one line on stderr and exit 2, in its own process", () => {
    const missing = join(tmp, "missing.json");
    const r = spawnScript("who-said-what", ["Putin", "--graph", missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${missing}: cannot read (ENOENT)\n`);
    expect(r.stdout).toBe("");
  });
});

describe("example scripts on the sample corpus", () => {
  it("build corpus/seeds in memory when no graph is named", async () => {
    const r = await script("who-said-what", "Sergei Sobyanin");
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Sergei Sobyanin \(actor:sergei-sobyanin\): \d+ statements?/);
    expect(r.stdout).toMatch(/000_86ea664bd2d81578\.txt:\d+|003_a700e59fd9b59b7d\.txt:\d+|004_a12aba75eed873b4\.txt:\d+/);
  });

  it("run through `newsgraph run <script> -- args`", async () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "packages", "cli", "src", "main.ts"), "run", "scripts/timeline.ts", "--", "Putin", "--graph", fixture], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Timeline of Vladimir Putin (3 entries)");
    const missing = await newsgraph("run", "scripts/nope.ts");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no script at");
  });
});
