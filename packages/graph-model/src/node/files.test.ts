import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GraphFileError } from "../serialize";
import { wireStore } from "../testing/wire-fixture";
import { MemoryStore } from "../store/memory-store";
import { loadGraph, readGraphFile, saveGraph, writeChunksAtomic, writeFileAtomic } from "./files";
import { fileLines } from "./graph-reader";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "graph-files-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("writes the file, creating folders, and leaves no temporary file behind", () => {
    const path = join(dir, "out/nested/graph.json");
    writeFileAtomic(path, "first");
    writeFileAtomic(path, "second");
    expect(readFileSync(path, "utf8")).toBe("second");
    expect(readdirSync(join(dir, "out/nested"))).toEqual(["graph.json"]);
  });

  it("leaves the old file whole and no temporary file when the write fails", () => {
    const path = join(dir, "graph.json");
    writeFileAtomic(path, "old");
    mkdirSync(join(dir, "blocked"));
    // Renaming a file over a folder fails: the error comes out and the temporary file is cleaned up.
    expect(() => writeFileAtomic(join(dir, "blocked"), "new")).toThrow();
    expect(readdirSync(dir).sort()).toEqual(["blocked", "graph.json"]);
    expect(readFileSync(path, "utf8")).toBe("old");
  });
});

describe("writeChunksAtomic", () => {
  it("writes strings and bytes in order, UTF-8 encoded", () => {
    const path = join(dir, "chunks.txt");
    writeChunksAtomic(path, ["Kyiv ", new Uint8Array([0xe2, 0x80, 0x94]), " Zelensky’s", ""]);
    expect(readFileSync(path, "utf8")).toBe("Kyiv — Zelensky’s");
  });

  it("leaves the old file and no temporary file when producing a chunk fails midway", () => {
    const path = join(dir, "graph.json");
    writeFileAtomic(path, "old");
    function* failing() {
      yield "half a ";
      throw new Error("stringify failed");
    }
    expect(() => writeChunksAtomic(path, failing())).toThrow("stringify failed");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
    expect(readFileSync(path, "utf8")).toBe("old");
  });
});

describe("saveGraph and loadGraph", () => {
  it("round-trip byte-identically: save, load, save again", () => {
    const first = join(dir, "a.json");
    const second = join(dir, "b.json");
    saveGraph(wireStore(), first);
    const loaded = loadGraph(first);
    saveGraph(loaded, second);
    expect(readFileSync(second, "utf8")).toBe(readFileSync(first, "utf8"));
    saveGraph(readGraphFile(first), second);
    expect(readFileSync(second, "utf8")).toBe(readFileSync(first, "utf8"));
  });

  it("loads a store that answers queries like the one saved", () => {
    const path = join(dir, "g.json");
    const store = wireStore();
    saveGraph(store, path);
    const loaded = loadGraph(path);
    expect(loaded.countsSync()).toEqual(store.countsSync());
    expect(loaded.idsByName("Zelensky")).toEqual(store.idsByName("Zelensky"));
  });

  it("names the file when it is missing or broken", () => {
    expect(() => loadGraph(join(dir, "missing.json"))).toThrow(GraphFileError);
    expect(() => loadGraph(join(dir, "missing.json"))).toThrow(/missing\.json: cannot read \(ENOENT\)/);
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"nodes": [{"key": "actor:x", "attributes": {"type": "Actor"}}], "edges": []}');
    expect(() => loadGraph(broken)).toThrow(/broken\.json: node actor:x: name: /);
  });
});

describe("reading graph files as a stream", () => {
  it("splits lines wherever the read pieces are cut, multi-byte characters included", () => {
    const path = join(dir, "lines.txt");
    const lines = ["Zelensky’s “talks”", "", "Київ — 🇺🇦", "last line without newline"];
    writeFileSync(path, lines.join("\n"));
    for (const bytes of [1, 3, 7, 1 << 20]) expect([...fileLines(path, bytes)]).toEqual(lines);
  });

  it("loads a graph of another layout (graphology's own export on one line) the same", () => {
    const path = join(dir, "g.json"), oneLine = join(dir, "one-line.json");
    const store = wireStore();
    saveGraph(store, path);
    writeFileSync(oneLine, JSON.stringify(JSON.parse(readFileSync(path, "utf8"))));
    expect(loadGraph(oneLine).exportSync()).toEqual(loadGraph(path).exportSync());
    expect(readGraphFile(oneLine)).toEqual(readGraphFile(path));
  });

  it("loads an empty graph and a graph without edges", () => {
    const empty = join(dir, "empty.json");
    saveGraph(new MemoryStore(), empty);
    expect(loadGraph(empty).graph.order).toBe(0);
    const nodesOnly = join(dir, "nodes.json");
    const store = wireStore();
    saveGraph({ ...store.exportSync(), edges: [] }, nodesOnly);
    expect(loadGraph(nodesOnly).graph.order).toBe(store.graph.order);
  });

  it("names the record at fault in a file of its own layout, and refuses an edge listed twice", () => {
    const path = join(dir, "g.json");
    saveGraph(wireStore(), path);
    const lines = readFileSync(path, "utf8").split("\n");
    const edgeLine = lines.indexOf('"edges":[') + 1;
    const twice = [...lines.slice(0, edgeLine + 1), lines[edgeLine]!.endsWith(",") ? lines[edgeLine]! : `${lines[edgeLine]},`, ...lines.slice(edgeLine + 1)];
    writeFileSync(path, twice.join("\n"));
    expect(() => loadGraph(path)).toThrow(/g\.json: edge .*: listed twice/);
    expect(() => readGraphFile(path)).toThrow(/g\.json: edge .*: listed twice/);
  });

  it("refuses a FIFO at once instead of waiting for a writer", () => {
    const fifo = join(dir, "graph.json");
    execFileSync("mkfifo", [fifo]);
    expect(() => loadGraph(fifo)).toThrow(/graph\.json: cannot read \(not a regular file\)/);
  });

  it("reads a truncated file as broken JSON, naming the file", () => {
    const path = join(dir, "g.json");
    saveGraph(wireStore(), path);
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
    expect(() => loadGraph(path)).toThrow(/g\.json: not valid JSON/);
  });
});
