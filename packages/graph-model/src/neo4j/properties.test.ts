import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CountKinds, EdgeProperties, NodeProperties, type NodeType } from "../schema/generated";
import { mergeNodeAttributes, mergeEdgeAttributes } from "../merge";
import { decodeSpan, edgeFromProperties, edgeToRow, encodeSpan, nodeFromProperties, nodeToRow, rowProblems, COUNT_PREFIX } from "./properties";
import { planBatches } from "./statements";
import { hostileGraph } from "./hostile-fixture";

const graph = hostileGraph();

describe("Neo4j property representation", () => {
  it("turns every node and edge into Neo4j properties and back without loss", () => {
    for (const node of graph.nodes) {
      const row = nodeToRow(node.key, node.attributes);
      expect(row.id).toBe(node.key);
      expect(nodeFromProperties(node.attributes.type, row)).toEqual(node.attributes);
    }
    for (const edge of graph.edges) {
      const row = edgeToRow(edge.key, edge.attributes);
      expect(row.key).toBe(edge.key);
      expect(edgeFromProperties(edge.attributes.type, row)).toEqual(edge.attributes);
    }
  });

  it("writes only schema keys, the documented derived keys, and counts as counts_<kind> integers", () => {
    for (const node of graph.nodes) {
      const label = node.attributes.type as NodeType;
      const allowed = new Set([
        "id", "provenance", "articles", "nameKeys",
        ...Object.keys(NodeProperties[label]).filter((k) => k !== "counts"),
        ...CountKinds.map((k) => `${COUNT_PREFIX}${k}`),
      ]);
      for (const key of Object.keys(nodeToRow(node.key, node.attributes))) expect(allowed, `${label}.${key}`).toContain(key);
    }
    const blast = graph.nodes.find((n) => n.attributes.type === "Event" && n.attributes.counts?.killed === 3)!;
    expect(nodeToRow(blast.key, blast.attributes)).toMatchObject({ counts_killed: 3 });
    for (const edge of graph.edges) {
      const allowed = new Set(["key", "provenance", ...Object.keys(EdgeProperties[edge.attributes.type])]);
      for (const key of Object.keys(edgeToRow(edge.key, edge.attributes))) expect(allowed).toContain(key);
    }
  });

  it("sends payloads of Neo4j property types only, with ids unique per batch", () => {
    const batches = planBatches(graph.nodes, graph.edges, 4);
    expect(batches.length).toBeGreaterThan(5);
    for (const batch of batches) {
      for (const row of batch.rows) expect(rowProblems(row), JSON.stringify(row).slice(0, 80)).toEqual([]);
      const ids = batch.rows.map((r) => (batch.kind === "nodes" ? r.id : r.key));
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(rowProblems({ id: "x", nested: { a: 1 } as never })).toHaveLength(1);
    expect(rowProblems({ id: "x", mixed: ["a", 1] as never })).toHaveLength(1);
    expect(rowProblems({ counts_killed: 1.5 })).toHaveLength(1);
  });

  it("encodes provenance spans losslessly for any article id", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), fc.nat(), fc.nat(), (article, start, len) => {
        const span = { article, start, end: start + len };
        expect(decodeSpan(encodeSpan(span))).toEqual(span);
      }),
    );
    expect(() => decodeSpan("no offsets")).toThrow(/provenance span/);
  });

  it("payload rows of two records carry what mergeNodeAttributes keeps (the Cypher unions them)", () => {
    // The upsert takes the union of stored and incoming lists and the stored scalar when set: so the union
    // of both rows' lists, decoded, must be the merge's lists.
    const actors = graph.nodes.filter((n) => n.attributes.type === "Actor");
    for (let i = 0; i + 1 < actors.length; i++) {
      const a = actors[i]!.attributes, b = { ...actors[i + 1]!.attributes, name: (actors[i]!.attributes as { name: string }).name };
      const merged = mergeNodeAttributes(a, b as typeof a);
      const ra = nodeToRow("actor:x", a), rb = nodeToRow("actor:x", b as typeof a);
      const union = (k: string) => (ra[k] ?? rb[k]) && [...new Set([...((ra[k] ?? []) as string[]), ...((rb[k] ?? []) as string[])])];
      expect(nodeFromProperties("Actor", { ...ra, aliases: union("aliases"), provenance: union("provenance"), roles: union("roles") })).toEqual(merged);
    }
    const said = graph.edges.find((e) => e.attributes.type === "SAID")!;
    const other = { ...said.attributes, provenance: [{ article: "x#y.txt", start: 1, end: 2 }] };
    const rs = edgeToRow(said.key, said.attributes), ro = edgeToRow(said.key, other);
    expect(edgeFromProperties("SAID", { ...rs, provenance: [...(rs.provenance as string[]), ...(ro.provenance as string[])] }))
      .toEqual(mergeEdgeAttributes(said.attributes, other));
  });
});
