import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GraphFileError } from "../serialize";
import { wireStore } from "../testing/wire-fixture";
import { loadGraph, readGraphFile, saveGraph, writeChunksAtomic, writeFileAtomic } from "./files";

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
