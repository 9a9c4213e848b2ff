import { describe, expect, it } from "vitest";
import { GraphFileError, canonicalize, graphTextChunks, makeSerializedGraph, parseGraph, stringifyGraph } from "./serialize";
import { wireStore } from "./testing/wire-fixture";

const wireGraph = () => wireStore().exportSync();

/** A copy of a list, deterministically shuffled, and each object's keys reversed. */
function scrambled<T extends object>(items: T[]): T[] {
  const reverseKeys = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
  return items.map((item, i) => [((i * 7919) % 101) + i / 1000, reverseKeys(item) as T] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

describe("stringifyGraph", () => {
  it("gives the same bytes whatever the order nodes, edges and keys were inserted in", () => {
    const graph = wireGraph();
    const again = makeSerializedGraph(scrambled(graph.nodes), scrambled(graph.edges), { schemaVersion: 1, generator: "newsgraph" });
    expect(stringifyGraph(again)).toBe(stringifyGraph(graph));
  });

  it("writes one node or edge per line, and parses back to the same graph", () => {
    const graph = wireGraph();
    const text = stringifyGraph(graph);
    expect(text.split("\n")).toHaveLength(graph.nodes.length + graph.edges.length + 6);
    expect(text.split("\n")).toContain(JSON.stringify(graph.nodes[0]) + ",");
    expect(parseGraph(text)).toEqual(graph);
    expect(stringifyGraph(parseGraph(text))).toBe(text);
  });

  it("gives the same text in chunks, wherever the chunks are cut", () => {
    const graph = wireGraph();
    const text = stringifyGraph(graph);
    for (const chunkChars of [1, 200, 5000, text.length]) {
      const chunks = [...graphTextChunks(graph, chunkChars)];
      expect(chunks.join("")).toBe(text);
      // Cut after every record: one chunk each, plus three pieces of envelope and each list's last newline.
      if (chunkChars === 1) expect(chunks.length).toBe(graph.nodes.length + graph.edges.length + 5);
    }
  });

  it("writes an empty graph as valid graph JSON", () => {
    const text = stringifyGraph(makeSerializedGraph([], []));
    expect(JSON.parse(text)).toMatchObject({ nodes: [], edges: [] });
    expect(parseGraph(text).nodes).toEqual([]);
  });
});

describe("canonicalize", () => {
  it("sorts object keys recursively, keeps array order and drops undefined", () => {
    const out = canonicalize({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } });
    expect(JSON.stringify(out)).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });
});

describe("parseGraph", () => {
  const text = stringifyGraph(wireGraph());
  const edit = (fn: (raw: { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: Record<string, unknown>[] }) => void) => {
    const raw = JSON.parse(text);
    fn(raw);
    return JSON.stringify(raw);
  };

  it("names the file when the text is not JSON", () => {
    expect(() => parseGraph('{"nodes": [', "g.json")).toThrow(GraphFileError);
    expect(() => parseGraph('{"nodes": [', "g.json")).toThrow(/^g\.json: not valid JSON/);
  });

  it("says what is missing when the JSON is not a graph", () => {
    expect(() => parseGraph('{"vertices": []}', "g.json")).toThrow(/^g\.json: not a graph file: nodes /);
  });

  it("names the node and the field of a bad node", () => {
    const bad = edit((raw) => {
      raw.nodes[3]!.attributes.actorType = "alien";
    });
    const key = JSON.parse(text).nodes[3].key;
    expect(() => parseGraph(bad, "g.json")).toThrow(new RegExp(`^g\\.json: node ${key}: actorType: `));
  });

  it("names the edge of a bad edge", () => {
    const bad = edit((raw) => {
      raw.edges[0]!.attributes = { type: "LIKES", provenance: [] };
    });
    expect(() => parseGraph(bad, "g.json")).toThrow(/^g\.json: edge ABOUT\|statement:[0-9a-f]+\|agreement:black-sea-grain-initiative: type: /);
  });

  it("names a node whose provenance span is backwards", () => {
    const bad = edit((raw) => {
      raw.nodes[0]!.attributes.provenance = [{ article: "a.txt", start: 9, end: 3 }];
    });
    expect(() => parseGraph(bad, "g.json")).toThrow(/node actor:kremlin: provenance\.0: provenance end must not be before start/);
  });

  it("names an edge whose end is not in the file, or joins the wrong node types", () => {
    const dangling = edit((raw) => {
      raw.edges[0]!.target = "actor:ghost";
    });
    expect(() => parseGraph(dangling, "g.json")).toThrow(/^g\.json: edge ABOUT\|[^:]+:[^ ]+: target actor:ghost is not a node of the file$/);
    const wrongEnds = edit((raw) => {
      const said = raw.edges.find((e) => (e.attributes as { type: string }).type === "SAID")!;
      said.source = "place:kyiv";
    });
    expect(() => parseGraph(wrongEnds, "g.json")).toThrow(/edge SAID\|.*: source is a Place, a SAID edge starts at Actor$/);
  });

  it("names a node or edge listed twice", () => {
    const twice = edit((raw) => {
      raw.nodes.push(raw.nodes[2]!);
    });
    expect(() => parseGraph(twice, "g.json")).toThrow(/^g\.json: node actor:russia: listed twice$/);
    const edgeTwice = edit((raw) => {
      raw.edges.push(raw.edges[5]!);
    });
    expect(() => parseGraph(edgeTwice, "g.json")).toThrow(/listed twice$/);
  });

  it("rejects a __proto__ key instead of keeping it", () => {
    const bad = '{"nodes":[{"key":"place:x","attributes":{"__proto__":{"polluted":1},"name":"X","provenance":[],"type":"Place"}}],"edges":[]}';
    expect(() => parseGraph(bad, "g.json")).toThrow(/node place:x: .*__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps a valid file's records as they are, and sorts an unsorted file", () => {
    const raw = JSON.parse(text);
    raw.nodes.reverse();
    raw.nodes[0].attributes = Object.fromEntries(Object.entries(raw.nodes[0].attributes).reverse());
    expect(stringifyGraph(parseGraph(JSON.stringify(raw)))).toBe(text);
  });

  it("reads files written by graphology's own export(): numeric keys and edges without keys", () => {
    const raw = {
      attributes: {},
      nodes: [{ key: 1, attributes: { type: "Place", name: "Kyiv", provenance: [] } }, { key: "article:a.txt", attributes: { type: "Article", name: "a.txt", contentHash: "0", text: "" } }],
      edges: [{ source: 1, target: "article:a.txt", attributes: { type: "MENTIONED_IN", provenance: [] } }],
    };
    const graph = parseGraph(JSON.stringify(raw));
    expect(graph.nodes[0]!.key).toBe("1");
    expect(graph.edges[0]!.key).toBe("MENTIONED_IN|1|article:a.txt");
    expect(graph.attributes).toMatchObject({ generator: "newsgraph", schemaVersion: 1 });
  });
});
