// newsgraph neo4j / push / pull / export --format cypher|neo4j-admin, run as a user runs them, against the
// live Neo4j of the test run (test/support/neo4j.ts).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "@newsgraph/cli";
import { MemoryStore, parseGraph, stringifyGraph } from "@newsgraph/graph-model";
import { saveGraph } from "@newsgraph/graph-model/node";
import { Neo4jStore, planBatches, schemaStatements } from "@newsgraph/graph-model/neo4j";
import { WIRE_IDS, wireDeltas } from "@newsgraph/graph-model/testing";

const ROOT = resolve(import.meta.dirname, "..");
const MAIN = join(ROOT, "packages", "cli", "src", "main.ts");
const SLOW = { timeout: 180_000 };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process, with no Neo4j settings but those given. */
function spawned(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const clean = { ...process.env, ...NO_NEO4J, ...env };
    execFile(process.execPath, ["--import", "tsx", MAIN, ...args], { cwd: ROOT, env: clean, encoding: "utf8" }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const NO_NEO4J = { NEO4J_URI: "", NEO4J_PASSWORD: "", NEO4J_USER: "", NEO4J_DATABASE: "" };

/**
 * Runs the CLI in this process (the same program as the binary, without a second or more of start-up per
 * run), its output captured, with no Neo4j settings but those given.
 */
async function newsgraph(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const saved = { ...process.env };
  const [out, err] = [process.stdout.write, process.stderr.write];
  let stdout = "", stderr = "";
  Object.assign(process.env, NO_NEO4J, env);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await runCli(["node", "newsgraph", ...args]);
    return { code, stdout, stderr };
  } finally {
    [process.stdout.write, process.stderr.write] = [out, err];
    process.env = saved;
    process.exitCode = undefined;
  }
}

let tmp: string;
let graphFile: string;
const memory = new MemoryStore();
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ng-neo4j-"));
  for (const delta of wireDeltas()) memory.applySync(delta);
  graphFile = join(tmp, "graph.json");
  saveGraph(memory, graphFile);
});

const URI = () => process.env.NEO4J_URI!;
const LOGIN = () => ({ NEO4J_URI: URI(), NEO4J_USER: process.env.NEO4J_USER!, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD! });

let neo4j: Neo4jStore;
beforeAll(async () => {
  neo4j = await Neo4jStore.connect();
  await neo4j.deleteAllNewsgraphData();
});
afterAll(async () => neo4j?.close());

describe("newsgraph push / neo4j init", SLOW, () => {
  it("neo4j init applies the constraints and indexes, and a second run changes nothing", async () => {
    const constraints = async () => (await neo4j.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")).map((r) => r.get("name") as string);
    for (const round of [1, 2]) {
      const run = await newsgraph(["neo4j", "init", "--uri", URI(), "--password", process.env.NEO4J_PASSWORD!]);
      expect(run.code, `${round}: ${run.stderr}`).toBe(0);
      expect(run.stdout).toBe(`applied ${schemaStatements().length} constraints and indexes to ${URI()}\n`);
      expect(await constraints()).toEqual(expect.arrayContaining(["actor_id", "agreement_id", "article_id", "event_id", "place_id", "statement_id"]));
    }
  });

  it("pushes the whole graph in batches, with the connection from the environment, and a second push changes nothing", async () => {
    await neo4j.deleteAllNewsgraphData();
    const graph = memory.exportSync();
    const batches = planBatches(graph.nodes, graph.edges, 40);
    const first = await spawned(["push", graphFile, "--batch-size", "40"], LOGIN());
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`pushed ${graph.nodes.length} nodes and ${graph.edges.length} relationships to ${URI()} in ${batches.length} transactions`);
    expect(first.stdout).toMatch(new RegExp(`nodes: +${graph.nodes.length} created, 0 updated, 0 unchanged`));
    expect(stringifyGraph(await neo4j.export())).toBe(stringifyGraph(graph));
    const second = await newsgraph(["push", graphFile], LOGIN());
    expect(second.stdout).toMatch(new RegExp(`nodes: +0 created, 0 updated, ${graph.nodes.length} unchanged`));
    expect(second.stdout).toMatch(new RegExp(`relationships: +0 created, 0 updated, ${graph.edges.length} unchanged`));
  });

  it("pushes a selection: the ego network of a name, by --dry-run without connecting", async () => {
    const run = await newsgraph(["push", graphFile, "--ego", "Recep Tayyip Erdogan", "--hops", "1", "--type", "Actor", "Statement", "--dry-run"]);
    expect(run.code, run.stderr).toBe(0);
    const ego = memory.egoIds(WIRE_IDS.erdogan, 1).filter((id) => /^(actor|statement):/.test(id));
    const sub = memory.induced(ego);
    expect(run.stdout).toContain(`would push selection: ${sub.nodes.length} nodes and ${sub.edges.length} relationships in`);
  });

  it("an unreachable server, a wrong password, a missing database: one line each, exit code 2, no password echoed", async () => {
    const password = process.env.NEO4J_PASSWORD!;
    const withLogin = URI().replace("://", `://neo4j:${password}@`);
    const cases: [string[], RegExp][] = [
      [["--uri", "bolt://127.0.0.1:1", "--password", password], /^newsgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: /],
      [["--uri", URI(), "--password", "wrong"], new RegExp(`^newsgraph: Neo4j at ${URI()} refused the user name or password for user "neo4j"$`)],
      [["--uri", URI(), "--password", password, "--database", "nope"], new RegExp(`^newsgraph: database "nope" does not exist on Neo4j at ${URI()}$`)],
      [["--uri", withLogin, "--password", password, "--database", "nope"], new RegExp(`^newsgraph: database "nope" does not exist on Neo4j at ${URI()}$`)],
    ];
    const before = await neo4j.counts();
    for (const [flags, message] of cases) {
      const run = await newsgraph(["push", graphFile, ...flags]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
      expect(run.stderr).not.toContain(password);
    }
    expect(await neo4j.counts()).toEqual(before);
  });
});

describe("newsgraph pull", SLOW, () => {
  it("needs exactly one of --cypher, --ego, --all", async () => {
    const run = await newsgraph(["pull", "--out", join(tmp, "x.json")]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("pull needs exactly one of --cypher, --ego or --all");
  });

  it("writes what a Cypher query returns as a graph file, and --all reads back what push wrote", async () => {
    await neo4j.deleteAllNewsgraphData();
    const graph = memory.exportSync();
    await neo4j.write(graph.nodes, graph.edges);
    const said = graph.edges.find((e) => e.attributes.type === "SAID")!;
    const speaker = graph.nodes.find((n) => n.key === said.source)!.attributes as { name: string };
    const out = join(tmp, "said.json");
    const run = await newsgraph(["pull", "--cypher", "MATCH (a:Actor)-[r:SAID]->(s) WHERE a.name = $name RETURN a, r, s", "--param", `name=${speaker.name}`, "--out", out], LOGIN());
    expect(run.code, run.stderr).toBe(0);
    const saidBy = graph.edges.filter((e) => e.attributes.type === "SAID" && e.source === said.source);
    expect(run.stdout).toBe(`wrote ${out}: ${saidBy.length + 1} nodes, ${saidBy.length} relationships from ${URI()}\n`);
    expect(parseGraph(readFileSync(out, "utf8"))).toEqual(memory.induced([said.source, ...saidBy.map((e) => e.target)]));
    const all = join(tmp, "all.json");
    expect((await newsgraph(["pull", "--all", "--out", all], LOGIN())).code).toBe(0);
    expect(readFileSync(all, "utf8")).toBe(readFileSync(graphFile, "utf8"));
  });
});

describe("newsgraph export --format cypher | neo4j-admin", SLOW, () => {
  it("writes a Cypher script and a neo4j-admin folder, and prints the import command", async () => {
    const script = join(tmp, "graph.cypher");
    const cypher = await newsgraph(["export", graphFile, "--format", "cypher", "--out", script]);
    expect(cypher.code, cypher.stderr).toBe(0);
    expect(readFileSync(script, "utf8")).toContain("CREATE CONSTRAINT actor_id IF NOT EXISTS");
    const folder = join(tmp, "import");
    const admin = await newsgraph(["export", graphFile, "--format", "neo4j-admin", "--out", folder]);
    expect(admin.code, admin.stderr).toBe(0);
    expect(existsSync(join(folder, "nodes-Actor.csv"))).toBe(true);
    expect(existsSync(join(folder, "relationships-SAID.csv"))).toBe(true);
    expect(admin.stderr).toContain(`neo4j-admin database import full neo4j \\\n  --nodes=${join(folder, "nodes-Actor.csv")}`);
  });
});
