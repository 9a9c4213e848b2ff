import { describe, expect, it } from "vitest";
import { schemaStatements } from "../neo4j/statements";
import { parse } from "csv-parse/sync";
import { ARRAY_DELIMITER, toNeo4jAdminCsv } from "./neo4j-admin";
import { edgeFromProperties, nodeFromProperties } from "../neo4j/properties";
import { makeSerializedGraph, type SerializedEdge, type SerializedNode } from "../serialize";
import type { EdgeType, NodeType } from "../schema/generated";
import { HOSTILE_NAMES, hostileGraph } from "../neo4j/hostile-fixture";

/**
 * Reads a file the way neo4j-admin's header conventions say (name:type columns, :ID, :LABEL, :START_ID,
 * :END_ID, :TYPE; arrays split on the array delimiter; an unquoted empty field is no value), with
 * csv-parse doing the CSV itself.
 */
function readImportFile(content: string): Record<string, unknown>[] {
  const rows = parse(content, {
    cast: (value, context) => ({ value, quoted: context.quoting }),
    relax_column_count: false,
  }) as unknown as { value: string; quoted: boolean }[][];
  const header = rows[0]!.map((c) => c.value);
  return rows.slice(1).map((row) => {
    const out: Record<string, unknown> = {};
    header.forEach((column, i) => {
      const { value, quoted } = row[i]!;
      if (value === "" && !quoted) return;
      const [name, type = "string"] = column.split(":") as [string, string?];
      const key = name === "" ? `:${type}` : type === "ID" ? name : name;
      if (type === "string[]") out[key] = value.split(ARRAY_DELIMITER);
      else if (type === "long") out[key] = Number(value);
      else out[key] = value;
      if (type === "ID") out[":ID"] = value;
    });
    return out;
  });
}

describe("neo4j-admin CSV export", () => {
  const graph = hostileGraph();
  const exported = toNeo4jAdminCsv(graph);

  it("reads back, through csv-parse and the import header conventions, as the same graph", () => {
    const nodes: SerializedNode[] = [];
    const edges: SerializedEdge[] = [];
    for (const file of exported.files.filter((f) => f.name.endsWith(".csv"))) {
      const rows = readImportFile(file.content);
      expect(rows).toHaveLength(file.rows);
      for (const row of rows) {
        if (file.name.startsWith("nodes-")) {
          expect(row.id).toBe(row[":ID"]);
          nodes.push({ key: row[":ID"] as string, attributes: nodeFromProperties(row[":LABEL"] as NodeType, row) });
        } else {
          const attributes = edgeFromProperties(row[":TYPE"] as EdgeType, row);
          edges.push({ key: row.key as string, source: row[":START_ID"] as string, target: row[":END_ID"] as string, attributes });
        }
      }
    }
    expect(makeSerializedGraph(nodes, edges, graph.attributes)).toEqual(graph);
  });

  it("keeps hostile names whole: quotes, commas, newlines, non-Latin scripts", () => {
    const actors = readImportFile(exported.files.find((f) => f.name === "nodes-Actor.csv")!.content);
    for (const name of HOSTILE_NAMES) expect(actors.map((a) => a.name)).toContain(name);
  });

  it("uses the import tool's header conventions, typed columns and arrays", () => {
    const header = (name: string) => exported.files.find((f) => f.name === name)!.content.split("\n")[0];
    expect(header("nodes-Actor.csv")).toBe("id:ID,:LABEL,name,aliases:string[],actorType,roles:string[],affiliation,country,provenance:string[],articles:string[],nameKeys:string[]");
    expect(header("nodes-Event.csv")).toContain("counts_killed:long");
    expect(header("relationships-PARTICIPATED_IN.csv")).toBe(":START_ID,:END_ID,:TYPE,key,role,provenance:string[]");
  });

  it("prints the exact import command for the files, and ships the constraints to apply after", () => {
    const command = exported.command("/var/lib/neo4j/import/news graph", "news");
    expect(command).toMatch(/^neo4j-admin database import full news /);
    for (const f of exported.files.filter((f) => f.name.endsWith(".csv"))) {
      expect(command).toContain(`${f.name.startsWith("nodes-") ? "--nodes" : "--relationships"}='/var/lib/neo4j/import/news graph/${f.name}'`);
    }
    expect(command).toContain("--array-delimiter=U+001F");
    expect(command).toContain("--multiline-fields=true");
    expect(command).toContain("--overwrite-destination=true");
    const schema = exported.files.find((f) => f.name === "constraints.cypher")!;
    expect(schema.content).toContain(`${schemaStatements()[0]};`);
  });

  it("refuses a value holding the array delimiter rather than split it", () => {
    const bad = structuredClone(graph);
    const actor = bad.nodes.find((n) => n.attributes.type === "Actor")!;
    (actor.attributes as { aliases: string[] }).aliases = [`a${ARRAY_DELIMITER}b`];
    expect(() => toNeo4jAdminCsv(bad)).toThrow(/U\+001F/);
  });
});
