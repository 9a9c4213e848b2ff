// GEXF and GraphML are checked by reading them back with readers this project did not write:
// graphology-gexf / graphology-graphml (with @xmldom/xmldom as the DOM) and python's networkx.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, describe, expect, it } from "vitest";
import { makeSerializedGraph, type SerializedGraph } from "../serialize";
import { WIRE_A, WIRE_IDS as ids, WIRE_TEXTS, wireStore } from "../testing/wire-fixture";
import { flatNodeAttributes, nodeLabel } from "./flat-attributes";
import { toGexf } from "./gexf";
import { toGraphml } from "./graphml";

const wireGraph = (): SerializedGraph => wireStore().exportSync();

const graph = wireGraph();
const formats = [
  { name: "GEXF", write: toGexf, read: (xml: string) => parseGexf(MultiDirectedGraph, xml, { respectInputGraphType: true }) },
  { name: "GraphML", write: toGraphml, read: (xml: string) => parseGraphml(MultiDirectedGraph, xml) },
] as const;

describe("flat attributes", () => {
  it("turn lists into |-joined strings and provenance into JSON plus the articles", () => {
    const zelenskiy = flatNodeAttributes(graph.nodes.find((n) => n.key === ids.zelenskiy)!.attributes);
    expect(zelenskiy).toMatchObject({ type: "Actor", name: "Volodymyr Zelenskiy", aliases: "Zelenskiy|Zelensky", articles: "wire-a.txt|wire-b.txt", label: "Volodymyr Zelenskiy" });
    expect(JSON.parse(zelenskiy.provenance as string)).toHaveLength(3);
    expect(Object.values(zelenskiy).every((v) => typeof v !== "object")).toBe(true);
  });

  it("label each node with what a person needs to see", () => {
    const label = (id: string) => nodeLabel(graph.nodes.find((n) => n.key === id)!.attributes);
    expect(label(ids.ankaraTalks)).toBe("Erdogan meets Zelensky in Ankara");
    expect(label(ids.articleA)).toBe("Zelenskiy: we will not surrender our cities");
    expect(label(ids.notRestored)).toHaveLength(80);
    expect(label(ids.notRestored)).toMatch(/^The Black Sea Grain Initiative, .*…$/);
  });

  it("drop characters XML cannot hold, so the file still opens", () => {
    const dirty = makeSerializedGraph([{ key: "place:x", attributes: { type: "Place", name: "Bad\u0001name\uD800", provenance: [] } }], []);
    for (const format of formats) {
      const read = format.read(format.write(dirty));
      expect(read.getNodeAttribute("place:x", "name"), format.name).toBe("Badname");
    }
  });
});

describe.each(formats)("$name export", (format) => {
  const xml = format.write(graph);
  const read = format.read(xml);

  it("is deterministic", () => {
    expect(format.write(wireGraph())).toBe(xml);
  });

  it("reads back with every node and edge, under the same keys", () => {
    expect(read.order).toBe(graph.nodes.length);
    expect(read.size).toBe(graph.edges.length);
    expect(read.nodes().sort()).toEqual(graph.nodes.map((n) => n.key));
    expect(read.edges().sort()).toEqual(graph.edges.map((e) => e.key));
    for (const e of graph.edges) {
      expect(read.source(e.key)).toBe(e.source);
      expect(read.target(e.key)).toBe(e.target);
    }
  });

  it("keeps type, names, labels, roles and provenance", () => {
    expect(read.getNodeAttributes(ids.zelenskiy)).toMatchObject({ type: "Actor", name: "Volodymyr Zelenskiy", aliases: "Zelenskiy|Zelensky", label: "Volodymyr Zelenskiy", articles: "wire-a.txt|wire-b.txt" });
    const provenance = JSON.parse(read.getNodeAttribute(ids.zelenskiy, "provenance"));
    // Each span also carries its code point offsets (code-points.test.ts), equal here: the wire texts are all in the BMP.
    expect(provenance.map(({ startCp, endCp, ...span }: { startCp: number; endCp: number }) => span)).toEqual((graph.nodes.find((n) => n.key === ids.zelenskiy)!.attributes as { provenance: unknown }).provenance);
    expect(provenance.every((p: { start: number; startCp: number; end: number; endCp: number }) => p.startCp === p.start && p.endCp === p.end)).toBe(true);
    expect(read.getNodeAttributes(ids.droneAttack)).toMatchObject({ type: "Event", eventType: "attack", label: "Russia launches 40 drones at Kyiv" });
    expect(JSON.parse(read.getNodeAttribute(ids.droneAttack, "counts"))).toEqual({ launched: 40 });
    const partyTo = read.getEdgeAttributes(`PARTY_TO|${ids.turkey}|${ids.grainDeal}|mediator`);
    expect(partyTo).toMatchObject({ type: "PARTY_TO", role: "mediator", label: "PARTY_TO (mediator)", articles: WIRE_A });
  });

  it("keeps an article's text whole, newlines and quotes included", () => {
    expect(read.getNodeAttribute(ids.articleA, "text")).toBe(WIRE_TEXTS[WIRE_A]);
  });
});

// networkx: the reader most analysts script with, and the closest stand-in for Gephi's importers here.
const hasNetworkx = spawnSync("python3", ["-c", "import networkx"], { stdio: "ignore" }).status === 0;

describe.skipIf(!hasNetworkx)("read by python networkx (skipped when python3 with networkx is not installed)", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-export-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = `
import json, sys, networkx as nx
path, kind = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
z = g.nodes[${JSON.stringify(ids.zelenskiy)}]
edges = [d for _, _, d in g.edges(data=True)]
print(json.dumps({
  "directed": g.is_directed(),
  "nodes": g.number_of_nodes(),
  "edges": g.number_of_edges(),
  "zelenskiy": {k: z.get(k) for k in ("type", "name", "aliases", "articles")},
  "zelenskiyLabel": z.get("label"),
  "said": sum(1 for d in edges if d.get("type") == "SAID"),
  "roles": sorted(d["role"] for d in edges if d.get("role")),
  "text": g.nodes[${JSON.stringify(ids.articleA)}].get("text"),
}))
`;
  const readWithNetworkx = (xml: string, kind: "gexf" | "graphml") => {
    const path = join(dir, `graph.${kind}`);
    writeFileSync(path, xml);
    return JSON.parse(execFileSync("python3", ["-c", script, path, kind], { encoding: "utf8" }));
  };

  it.each(["gexf", "graphml"] as const)("reads the %s file with every node, edge and attribute", (kind) => {
    const out = readWithNetworkx(kind === "gexf" ? toGexf(graph) : toGraphml(graph), kind);
    expect(out.directed).toBe(true);
    expect(out.nodes).toBe(graph.nodes.length);
    expect(out.edges).toBe(graph.edges.length);
    expect(out.zelenskiy).toEqual({ type: "Actor", name: "Volodymyr Zelenskiy", aliases: "Zelenskiy|Zelensky", articles: "wire-a.txt|wire-b.txt" });
    expect(out.zelenskiyLabel).toBe("Volodymyr Zelenskiy");
    expect(out.said).toBe(5);
    expect(out.roles).toEqual(["agent", "agent", "mediator", "mediator", "participant"]);
    expect(out.text).toBe(WIRE_TEXTS[WIRE_A]);
  });
});

// graphology-graphml's Node entry brings its own DOM; this checks the file is well-formed for any DOM.
describe("well-formed XML", () => {
  it.each(formats)("$name parses without errors in @xmldom/xmldom", (format) => {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(format.write(graph), "text/xml");
    expect(errors).toEqual([]);
    expect(doc.documentElement?.nodeName).toBe(format.name === "GEXF" ? "gexf" : "graphml");
  });
});
