import { spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, describe, expect, it } from "vitest";
import { actorId, articleNodeId } from "../ids";
import { DeltaBuilder } from "../delta";
import { MemoryStore } from "../store/memory-store";
import { CodePointIndex, OFFSET_UNITS } from "./code-points";
import { toGexf } from "./gexf";
import { toGraphml } from "./graphml";

// An article of my own with characters outside the BMP (two UTF-16 units, one code point each) before a name.
const TEXT = "Crowds cheered 🎉🇺🇦 as Mayor Vitali Klitschko 😀 spoke in Kyiv.";
const ARTICLE = "emoji.txt";

function emojiGraph() {
  const b = new DeltaBuilder(ARTICLE);
  const article = b.addNode(articleNodeId(ARTICLE), { type: "Article", name: ARTICLE, contentHash: "0", text: TEXT });
  const start = TEXT.indexOf("Vitali Klitschko");
  const span = { article: ARTICLE, start, end: start + "Vitali Klitschko".length };
  const actor = b.addNode(actorId("Vitali Klitschko"), { type: "Actor", name: "Vitali Klitschko", aliases: [], actorType: "person", provenance: [span] });
  b.addEdge(actor, article, { type: "MENTIONED_IN", provenance: [span] });
  const store = new MemoryStore();
  store.applySync(b.build());
  return { graph: store.exportSync(), span };
}

describe("CodePointIndex", () => {
  it("counts each surrogate pair before an offset once", () => {
    const index = new CodePointIndex(TEXT);
    const start = TEXT.indexOf("Vitali");
    expect(index.toCodePoint(start)).toBe([...TEXT.slice(0, start)].length);
    expect(index.toCodePoint(TEXT.length)).toBe([...TEXT].length);
    expect(index.toCodePoint(0)).toBe(0);
    expect(new CodePointIndex("plain text").toCodePoint(5)).toBe(5);
  });
});

const formats = [
  { name: "gexf", write: toGexf, read: (xml: string) => parseGexf(MultiDirectedGraph, xml, { respectInputGraphType: true }) },
  { name: "graphml", write: toGraphml, read: (xml: string) => parseGraphml(MultiDirectedGraph, xml) },
] as const;

describe.each(formats)("$name offsets", (format) => {
  const { graph, span } = emojiGraph();
  const xml = format.write(graph);

  it("give UTF-16 start/end and code point startCp/endCp, and say which is which", () => {
    const read = format.read(xml);
    const [written] = JSON.parse(read.getNodeAttribute(actorId("Vitali Klitschko"), "provenance"));
    expect(written).toMatchObject({ start: span.start, end: span.end });
    const chars = [...TEXT];
    expect(chars.slice(written.startCp, written.endCp).join("")).toBe("Vitali Klitschko");
    expect(TEXT.slice(written.start, written.end)).toBe("Vitali Klitschko");
    expect(written.startCp).toBe(span.start - 3);
    expect(xml).toContain(OFFSET_UNITS);
  });

  it("use the texts given when the subgraph has no Article node", () => {
    const noArticle = { ...graph, nodes: graph.nodes.filter((n) => n.attributes.type !== "Article"), edges: [] };
    const without = JSON.parse(format.read(format.write(noArticle)).getNodeAttribute(actorId("Vitali Klitschko"), "provenance"))[0];
    expect(without.startCp).toBeUndefined();
    const given = JSON.parse(format.read(format.write(noArticle, { articleText: (id) => (id === ARTICLE ? TEXT : undefined) })).getNodeAttribute(actorId("Vitali Klitschko"), "provenance"))[0];
    expect(given.startCp).toBe(span.start - 3);
  });
});

const hasNetworkx = spawnSync("python3", ["-c", "import networkx"], { stdio: "ignore" }).status === 0;

describe.skipIf(!hasNetworkx)("read from Python (skipped without python3 and networkx)", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-cp-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it.each(formats)("slices the name with startCp/endCp in a Python str ($name)", (format) => {
    const { graph } = emojiGraph();
    const path = join(dir, `g.${format.name}`);
    writeFileSync(path, format.write(graph));
    const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1]) if sys.argv[2] == "gexf" else nx.read_graphml(sys.argv[1])
text = g.nodes[${JSON.stringify(articleNodeId(ARTICLE))}]["text"]
span = json.loads(g.nodes[${JSON.stringify(actorId("Vitali Klitschko"))}]["provenance"])[0]
print(text[span["startCp"]:span["endCp"]])`;
    expect(execFileSync("python3", ["-c", script, path, format.name], { encoding: "utf8" }).trim()).toBe("Vitali Klitschko");
  });
});
