import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringifyGraph } from "@newsgraph/graph-model";
import { buildGraph } from "./build-graph";

const SEEDS = join(import.meta.dirname, "..", "..", "..", "..", "corpus", "seeds");
const dir = mkdtempSync(join(tmpdir(), "ng-build-order-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("buildGraph", () => {
  it("resolves identical texts identically and writes the same graph whatever the input order", async () => {
    // The case: seed 000 as a.txt, seed 001 as both b.txt and c.txt (in two folders, listed both ways).
    mkdirSync(join(dir, "x"));
    mkdirSync(join(dir, "y"));
    copyFileSync(join(SEEDS, "000_86ea664bd2d81578.txt"), join(dir, "x", "a.txt"));
    copyFileSync(join(SEEDS, "001_fb9d13d9a774a7f3.txt"), join(dir, "x", "b.txt"));
    copyFileSync(join(SEEDS, "001_fb9d13d9a774a7f3.txt"), join(dir, "y", "c.txt"));
    const one = await buildGraph({ inputs: [join(dir, "x"), join(dir, "y")], out: "(memory)" });
    const other = await buildGraph({ inputs: [join(dir, "y"), join(dir, "x")], out: "(memory)" });
    expect(stringifyGraph(other.store.exportSync())).toBe(stringifyGraph(one.store.exportSync()));

    const store = one.store;
    expect(store.node("actor:putin")).toBeUndefined();
    const speakersIn = (article: string) =>
      store
        .edgesAt(`article:${article}`, { direction: "in" })
        .map((e) => e.source)
        .filter((id) => id.startsWith("actor:"))
        .sort();
    expect(speakersIn("c.txt")).toEqual(speakersIn("b.txt"));
    expect(speakersIn("c.txt")).toContain("actor:vladimir-putin");
    expect(one.report.articles.map((a) => [a.id, a.status])).toEqual([["a.txt", "added"], ["b.txt", "added"], ["c.txt", "added"]]);
    expect(one.report.articles[1]!.nodes).toEqual(one.report.articles[2]!.nodes);
  });
});
