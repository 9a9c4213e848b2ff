import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NodeTypes } from "../schema/generated";
import { edgeUpsertStatement, nodeUpsertStatement, planBatches, schemaScript, schemaStatements, statementOf } from "./statements";
import { hostileGraph } from "./hostile-fixture";
import { nodePropertyKinds } from "./properties";

const CONSTRAINTS_FILE = new URL("../../../../graph-schema/neo4j/constraints.cypher", import.meta.url);

// Neo4j itself plans every statement below without a warning (test/neo4j-statements.test.ts) and runs
// them (test/neo4j-*.test.ts). Here, what needs no server: the schema file, the merge rules, the plan.
describe("Cypher the store sends", () => {
  it("constraints and indexes: one id constraint per label, equal to graph-schema/neo4j/constraints.cypher", () => {
    const statements = schemaStatements();
    for (const label of NodeTypes) expect(statements).toContain(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    expect(readFileSync(CONSTRAINTS_FILE, "utf8")).toBe(schemaScript());
  });

  it("writes every schema property with merge.ts's rule for its kind (no key left out, none unmerged)", () => {
    const unionLists = new Set(["aliases", "roles", "statusHistory"]); // merge.ts UNION_LISTS
    for (const label of NodeTypes) {
      const statement = nodeUpsertStatement(label);
      for (const [key, kind] of nodePropertyKinds(label)) {
        if (key === "name") expect(statement).toContain("n.name = name");
        else if (key === "aliases") expect(statement).toContain("n.aliases = CASE WHEN size(aliases) = 0");
        else if (kind === "string") expect(statement, `${label}.${key}`).toContain(`n.${key} = CASE WHEN row.${key} IS NOT NULL AND (before.${key} IS NULL OR before.${key} IN ['', 'unknown']) THEN row.${key} ELSE before.${key} END`);
        else if (kind === "integer") expect(statement, `${label}.${key}`).toContain(`n.${key} = CASE WHEN row.${key} IS NULL THEN before.${key} WHEN before.${key} IS NULL OR row.${key} > before.${key} THEN row.${key} ELSE before.${key} END`);
        else {
          if (kind === "string[]" && !["articles", "nameKeys"].includes(key)) expect(unionLists, `${label}.${key} is a list merge.ts does not union`).toContain(key);
          expect(statement, `${label}.${key}`).toContain(`n.${key} = CASE WHEN row.${key} IS NULL THEN before.${key} ELSE coalesce(before.${key}, []) + [x IN row.${key} WHERE NOT x IN coalesce(before.${key}, [])] END`);
        }
      }
      expect(statement.match(/^\s*n\.\w+ = /gm)?.length ?? 0, label).toBe(nodePropertyKinds(label).length - 1); // all but the first SET item
    }
  });

  it("labels and types come from the schema: anything else is refused before it reaches Cypher", () => {
    expect(() => nodeUpsertStatement("Actor`) DETACH DELETE n //" as never)).toThrow();
    expect(() => edgeUpsertStatement("SAID]->() //" as never, "Actor", "Statement")).toThrow();
  });

  it("plans one statement per batch, per label and per relationship type and endpoint labels", () => {
    const graph = hostileGraph();
    const batches = planBatches(graph.nodes, graph.edges, 3);
    const nodeRows = batches.filter((b) => b.kind === "nodes").reduce((n, b) => n + b.rows.length, 0);
    const edgeRows = batches.filter((b) => b.kind === "edges").reduce((n, b) => n + b.rows.length, 0);
    expect([nodeRows, edgeRows]).toEqual([graph.nodes.length, graph.edges.length]);
    expect(batches.every((b) => b.rows.length <= 3)).toBe(true);
    // nodes before edges, so every endpoint exists when its relationships are written
    expect(batches.findIndex((b) => b.kind === "edges")).toBeGreaterThan(batches.findLastIndex((b) => b.kind === "nodes"));
    for (const batch of batches) expect(statementOf(batch)).toContain(batch.kind === "nodes" ? `:${batch.label} {id: row.id}` : `:${batch.edge!.type} {key: row.key}`);
    const groups = new Set(batches.map((b) => b.target));
    expect(batches.length).toBe([...groups].reduce((n, g) => n + Math.ceil(batches.filter((b) => b.target === g).reduce((r, b) => r + b.rows.length, 0) / 3), 0));
  });

  it("refuses a write with the same id twice or an edge between the wrong labels", () => {
    const graph = hostileGraph();
    expect(() => planBatches([graph.nodes[0]!, graph.nodes[0]!], [])).toThrow(/appears twice/);
    const said = graph.edges.find((e) => e.attributes.type === "SAID")!;
    expect(() => planBatches([], [{ ...said, source: said.target, target: said.source }])).toThrow(/cannot join/);
    expect(() => planBatches([], [], 0)).toThrow(/batch size/);
  });
});
