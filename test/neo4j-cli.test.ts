// newsgraph neo4j / push / pull / export --format cypher|neo4j-admin, run as a user runs them, against a
// scripted Bolt endpoint that the real driver talks to (no Neo4j server on these machines).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore, parseGraph } from "@newsgraph/graph-model";
import { saveGraph } from "@newsgraph/graph-model/node";
import { edgeToRow, nodeToRow, planBatches } from "@newsgraph/graph-model/neo4j";
import { defaultReply, ScriptedBoltServer, type ScriptedBoltOptions } from "@newsgraph/graph-model/testing";
import { WIRE_IDS, wireDeltas } from "@newsgraph/graph-model/testing";

const ROOT = resolve(import.meta.dirname, "..");
const MAIN = join(ROOT, "packages", "cli", "src", "main.ts");
const SLOW = { timeout: 180_000 };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process without blocking this one, which serves the Bolt endpoint. */
function newsgraph(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const clean = { ...process.env, NEO4J_URI: "", NEO4J_PASSWORD: "", NEO4J_USER: "", NEO4J_DATABASE: "", ...env };
    execFile(process.execPath, ["--import", "tsx", MAIN, ...args], { cwd: ROOT, env: clean, encoding: "utf8" }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
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

const servers: ScriptedBoltServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});
async function serve(reply?: ScriptedBoltOptions["reply"]): Promise<{ server: ScriptedBoltServer; uri: string }> {
  const server = new ScriptedBoltServer({ password: "secret", databases: ["neo4j"], ...(reply ? { reply } : {}) });
  servers.push(server);
  return { server, uri: await server.start() };
}

describe("newsgraph push / neo4j init", SLOW, () => {
  it("pushes the whole graph in batches, with the connection from the environment, and prints a summary", async () => {
    const { server, uri } = await serve();
    const run = await newsgraph(["push", graphFile, "--batch-size", "4"], { NEO4J_URI: uri, NEO4J_PASSWORD: "secret" });
    expect(run.code, run.stderr).toBe(0);
    const graph = memory.exportSync();
    const batches = planBatches(graph.nodes, graph.edges, 4);
    expect(run.stdout).toContain(`pushed ${graph.nodes.length} nodes and ${graph.edges.length} relationships to ${uri} in ${batches.length} transactions`);
    expect(run.stdout).toMatch(new RegExp(`nodes: +${graph.nodes.length} created, 0 updated, 0 unchanged`));
    expect(server.statements.filter((s) => "rows" in s.params).map((s) => s.params.rows)).toEqual(batches.map((b) => b.rows));
  });

  it("pushes a selection: the ego network of a name, by --dry-run without connecting", async () => {
    const run = await newsgraph(["push", graphFile, "--ego", "Recep Tayyip Erdogan", "--hops", "1", "--type", "Actor", "Statement", "--dry-run"]);
    expect(run.code, run.stderr).toBe(0);
    const ego = memory.egoIds(WIRE_IDS.erdogan, 1).filter((id) => /^(actor|statement):/.test(id));
    const sub = memory.induced(ego);
    expect(run.stdout).toContain(`would push selection: ${sub.nodes.length} nodes and ${sub.edges.length} relationships in`);
  });

  it("neo4j init applies the constraints", async () => {
    const { server, uri } = await serve();
    const run = await newsgraph(["neo4j", "init", "--uri", uri, "--password", "secret"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`applied 22 constraints and indexes to ${uri}\n`);
    expect(server.statements.filter((s) => s.query.startsWith("CREATE CONSTRAINT"))).toHaveLength(6);
  });

  it("an unreachable server, a wrong password, a missing database: one line each, exit code 2, nothing written", async () => {
    const { server, uri } = await serve();
    const cases: [string[], RegExp][] = [
      [["--uri", "bolt://127.0.0.1:1", "--password", "secret"], /^newsgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: /],
      [["--uri", uri, "--password", "wrong"], new RegExp(`^newsgraph: Neo4j at ${uri} refused the user name or password for user "neo4j"$`)],
      [["--uri", uri, "--password", "secret", "--database", "nope"], new RegExp(`^newsgraph: database "nope" does not exist on Neo4j at ${uri}$`)],
    ];
    for (const [flags, message] of cases) {
      const run = await newsgraph(["push", graphFile, ...flags]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
    }
    expect(server.statements.filter((s) => "rows" in s.params)).toEqual([]);
  });

  it("a constraint violation mid-push says what was written and what was not", async () => {
    const violation = { code: "Neo.ClientError.Schema.ConstraintValidationFailed", message: "Node(3) already exists with label `Actor`" };
    const { uri } = await serve((s, i) => (i === 2 ? violation : defaultReply(s)));
    const run = await newsgraph(["push", graphFile, "--batch-size", "3", "--uri", uri, "--password", "secret"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^newsgraph: a Neo4j constraint was violated in database "\(default\)": Node\(3\) already exists with label `Actor`\. Written: 1 of \d+ batches \(3 rows\); batch 2 \(nodes Actor, 3 rows\) was rolled back; the other \d+ batches were not written\./);
  });
});

describe("newsgraph pull", SLOW, () => {
  it("needs exactly one of --cypher, --ego, --all", async () => {
    const run = await newsgraph(["pull", "--out", join(tmp, "x.json")]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("pull needs exactly one of --cypher, --ego or --all");
  });

  it("writes the nodes and relationships a Cypher query returns as a graph file", async () => {
    const graph = memory.exportSync();
    const said = graph.edges.find((e) => e.attributes.type === "SAID")!;
    const node = (key: string, n: number) => {
      const attrs = graph.nodes.find((x) => x.key === key)!.attributes;
      return { signature: 0x4e, fields: [n, [attrs.type], nodeToRow(key, attrs)] } as never;
    };
    const { uri } = await serve((s) =>
      s.query.startsWith("MATCH (a:Actor)-[r:SAID]->(s)")
        ? { fields: ["a", "r", "s"], records: [[node(said.source, 1), { signature: 0x52, fields: [9, 1, 2, "SAID", edgeToRow(said.key, said.attributes)] } as never, node(said.target, 2)]] }
        : defaultReply(s));
    const out = join(tmp, "said.json");
    const run = await newsgraph(["pull", "--cypher", "MATCH (a:Actor)-[r:SAID]->(s) WHERE a.name = $name RETURN a, r, s", "--param", "name=Zelenskiy", "--out", out, "--uri", uri, "--password", "secret"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`wrote ${out}: 2 nodes, 1 relationships from ${uri}\n`);
    expect(parseGraph(readFileSync(out, "utf8"))).toEqual(memory.induced([said.source, said.target]));
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
