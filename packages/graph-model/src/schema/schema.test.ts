// The schema's three copies agree: graph-schema/schema.json, the generated TypeScript/zod file, and the
// Neo4j constraints; and the schema holds every field name the shared graph contract fixes.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { generateSchemaSource, readSchemaFiles } from "../../codegen/generate-schema";
import * as generated from "./generated";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "../../../..");
const { schema, taxonomy } = readSchemaFiles();
const enums: Record<string, string[]> = { ...schema.enums, EventType: Object.keys(taxonomy.eventTypes) };

/** A valid value for a property type of schema.json. */
function sampleValue(type: string): unknown {
  if (type === "string") return "Kyiv";
  if (type === "string[]") return ["Kiev"];
  if (type === "integer") return 3;
  if (type === "date") return "2025-06-01";
  if (type === "counts") return { killed: 2 };
  if (type.startsWith("enum:")) return enums[type.slice(5)]![0];
  throw new Error(`no sample for property type ${type}`);
}

/** A record with every property of a node type filled in (optional ones too), as the schema describes it. */
function exampleNode(name: string): Record<string, unknown> {
  const spec = schema.nodeTypes[name]!;
  const record: Record<string, unknown> = { type: name };
  for (const [key, prop] of Object.entries(spec.properties)) record[key] = sampleValue(prop.type);
  if (spec.provenance) record.provenance = [{ article: "a.txt", start: 0, end: 4 }];
  return record;
}

const schemaOf = (nodeType: string) =>
  (generated as unknown as Record<string, z.ZodType>)[`${nodeType}AttributesSchema`];

describe("generated schema file", () => {
  it("is what the generator produces from graph-schema now", () => {
    const onDisk = readFileSync(join(here, "generated.ts"), "utf8");
    const fresh = generateSchemaSource();
    if (onDisk !== fresh) {
      expect.fail("packages/graph-model/src/schema/generated.ts is stale: run pnpm schema:gen");
    }
  });

  it("lists the node and edge types of schema.json, in its order", () => {
    expect([...generated.NodeTypes]).toEqual(Object.keys(schema.nodeTypes));
    expect([...generated.EdgeTypes]).toEqual(Object.keys(schema.edgeTypes));
    expect([...generated.EventTypes]).toEqual(Object.keys(taxonomy.eventTypes));
  });
});

describe.each(Object.keys(schema.nodeTypes))("zod schema of %s nodes", (nodeType) => {
  const spec = schema.nodeTypes[nodeType]!;

  it("exists and accepts a complete valid record", () => {
    const zodSchema = schemaOf(nodeType);
    expect(zodSchema, `${nodeType}AttributesSchema is exported`).toBeDefined();
    expect(zodSchema!.safeParse(exampleNode(nodeType)).success).toBe(true);
    expect(generated.NodeAttributesSchema.safeParse(exampleNode(nodeType)).success).toBe(true);
  });

  it("accepts a record with only the required properties", () => {
    const record = exampleNode(nodeType);
    for (const [key, prop] of Object.entries(spec.properties)) if (!prop.required) delete record[key];
    expect(schemaOf(nodeType)!.safeParse(record).success).toBe(true);
  });

  it.each(Object.entries(spec.properties).filter(([, p]) => p.required).map(([k]) => k))("rejects a record without required %s", (key) => {
    const record = exampleNode(nodeType);
    delete record[key];
    const result = schemaOf(nodeType)!.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual([key]);
  });

  it("rejects an unknown key", () => {
    const result = schemaOf(nodeType)!.safeParse({ ...exampleNode(nodeType), colour: "red" });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain("colour");
  });

  const enumProps = Object.entries(spec.properties).filter(([, p]) => p.type.startsWith("enum:"));
  it.skipIf(enumProps.length === 0)("rejects a value outside each enum", () => {
    for (const [key] of enumProps) {
      const result = schemaOf(nodeType)!.safeParse({ ...exampleNode(nodeType), [key]: "not_a_value" });
      expect(result.success, key).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual([key]);
    }
  });

  it.skipIf(!spec.provenance)("requires provenance spans that are ordered and have an article", () => {
    const bad = [[{ article: "a.txt", start: 5, end: 2 }], [{ article: "", start: 0, end: 2 }], [{ article: "a.txt", start: -1, end: 2 }]];
    for (const provenance of bad) {
      expect(schemaOf(nodeType)!.safeParse({ ...exampleNode(nodeType), provenance }).success, JSON.stringify(provenance)).toBe(false);
    }
    const withoutProvenance = exampleNode(nodeType);
    delete withoutProvenance.provenance;
    expect(schemaOf(nodeType)!.safeParse(withoutProvenance).success).toBe(false);
  });
});

describe("zod schemas of edges", () => {
  it.each(Object.keys(schema.edgeTypes))("%s accepts its properties and rejects unknown keys", (edgeType) => {
    const record: Record<string, unknown> = { type: edgeType, provenance: [{ article: "a.txt", start: 0, end: 4 }] };
    for (const [key, prop] of Object.entries(schema.edgeTypes[edgeType]!.properties)) record[key] = sampleValue(prop.type);
    expect(generated.EdgeAttributesSchema.safeParse(record).success).toBe(true);
    expect(generated.EdgeAttributesSchema.safeParse({ ...record, weight: 1 }).success).toBe(false);
  });
});

describe("Neo4j constraints", () => {
  const cypher = readFileSync(join(repoRoot, "graph-schema/neo4j/constraints.cypher"), "utf8");

  it.each(Object.keys(schema.nodeTypes))("has a uniqueness constraint on %s.id", (label) => {
    expect(cypher).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
  });

  it("constrains no label that the schema does not have", () => {
    const labels = [...cypher.matchAll(/FOR \(n:(\w+)\)/g)].map((m) => m[1]!);
    expect(labels.filter((l) => !(l in schema.nodeTypes))).toEqual([]);
  });
});

describe("the shared graph contract", () => {
  // Field names fixed by GRAPH-CONTRACT.md: the schema may add fields, never rename these.
  const contractFields: Record<string, string[]> = {
    Actor: ["name", "aliases", "actorType"],
    Statement: ["text", "kind"],
    Agreement: ["name", "agreementType", "status"],
    Event: ["eventType", "label"],
    Place: ["name"],
    Article: ["name", "title", "source"],
  };
  const contractEnums: Record<string, [string, string[]]> = {
    actorType: ["ActorType", ["person", "organization", "country", "group"]],
    kind: ["StatementKind", ["direct", "indirect"]],
    agreementType: ["AgreementType", ["treaty", "deal", "ceasefire", "accord", "pact", "other"]],
  };

  it.each(Object.entries(contractFields))("%s has the contract's fields", (nodeType, fields) => {
    const props = schema.nodeTypes[nodeType]?.properties;
    expect(props, `${nodeType} is a node type`).toBeDefined();
    for (const field of fields) expect(Object.keys(props!), `${nodeType}.${field}`).toContain(field);
    if (nodeType !== "Article") expect(schema.nodeTypes[nodeType]!.provenance, `${nodeType} carries provenance`).toBe(true);
  });

  it("has the contract's enum values", () => {
    for (const [, [enumName, values]] of Object.entries(contractEnums)) expect(enums[enumName]).toEqual(expect.arrayContaining(values));
    expect(schema.edgeTypes.PARTICIPATED_IN!.properties.role!.type).toBe("enum:EventRole");
    expect(enums.EventRole).toEqual(expect.arrayContaining(["agent", "target", "participant"]));
    expect(enums.PartyRole).toEqual(expect.arrayContaining(["signatory", "party", "mediator"]));
  });

  const contractPath = join(repoRoot, "../shared/GRAPH-CONTRACT.md");
  const contract = existsSync(contractPath) ? readFileSync(contractPath, "utf8") : "";
  const section = (title: string) => contract.split(/^## /m).find((s) => s.startsWith(title)) ?? "";

  it.skipIf(!contract)("has every edge type of GRAPH-CONTRACT.md with the contract's endpoints", () => {
    // Escaped pipes (`Actor \| Place`) separate alternatives inside a cell.
    const rows = [...section("Edges").replaceAll("\\|", "/").matchAll(/^\| `(\w+)` \| ([^|]+?) → ([^|(]+)/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(7);
    const typesIn = (cell: string) => [...cell.matchAll(/\b(Actor|Statement|Agreement|Event|Place|Article)\b/g)].map((m) => m[1]);
    for (const [, edgeType, from, to] of rows) {
      const spec = schema.edgeTypes[edgeType!];
      expect(spec, `edge type ${edgeType}`).toBeDefined();
      expect(spec!.from, `${edgeType} sources`).toEqual(expect.arrayContaining(typesIn(from!)));
      expect(spec!.to, `${edgeType} targets`).toEqual(expect.arrayContaining(typesIn(to!)));
    }
  });

  it.skipIf(!contract)("has exactly the event types of GRAPH-CONTRACT.md", () => {
    const listed = [...section("Event types").matchAll(/`(\w+)`/g)].map((m) => m[1]);
    expect(listed.length).toBe(15);
    expect([...generated.EventTypes].sort()).toEqual([...listed].sort());
  });

  it.skipIf(!contract)("names every contract node type and field that this test checks", () => {
    for (const [nodeType, fields] of Object.entries(contractFields)) {
      const row = section("Nodes").split("\n").find((line) => line.startsWith(`| \`${nodeType}\``));
      expect(row, `contract row for ${nodeType}`).toBeDefined();
      for (const field of fields) expect(row, `${nodeType}.${field} in the contract`).toContain(`\`${field}\``);
    }
  });
});
