// The browser bundle stays browser-only: no Node file I/O, no Neo4j driver, no other package's internals.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BUNDLED = ["app", "state"].map((d) => join(import.meta.dirname, "..", d));
const FORBIDDEN = [/from "@newsgraph\/graph-model\/(node|neo4j|testing)"/, /from "neo4j-driver"/, /from "node:/, /from "@newsgraph\/(extractor|cli)"/, /from "@newsgraph\/graph-model\/src/];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && e.name !== "fixture.ts" && e.name !== "test-graph.ts" ? [join(dir, e.name)] : [],
  );
}

describe("browser bundle imports", () => {
  it("app and state import nothing Node-only or Neo4j", () => {
    const files = BUNDLED.flatMap(sources);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((f) => FORBIDDEN.filter((re) => re.test(readFileSync(f, "utf8"))).map((re) => `${f}: ${re}`));
    expect(offenders).toEqual([]);
  });
});
