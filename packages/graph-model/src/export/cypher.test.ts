import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { highlightSyntax, parseStatementsStrs } from "@neo4j-cypher/language-support";
import { cypherString, toCypherScript } from "./cypher";
import { planBatches, schemaStatements } from "../neo4j/statements";
import { HOSTILE_NAMES, HOSTILE_QUOTE, HOSTILE_TEXT, hostileDelta, hostileGraph } from "../neo4j/hostile-fixture";
import { MemoryStore } from "../store/memory-store";

const hostileOnly = () => {
  const store = new MemoryStore();
  store.applySync(hostileDelta());
  return store.exportSync();
};

/** Reads a Cypher string literal back (the escapes of the Cypher manual), to prove values arrive unchanged. */
function readCypherString(literal: string): string {
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = { "\\": "\\", "'": "'", '"': '"', n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : simple[e] ?? `\\${e}`));
}

/** The string literals of a statement as Neo4j's lexer sees them, read back. */
const stringLiterals = (cypher: string) => highlightSyntax(cypher).filter((t) => t.tokenType === "stringLiteral").map((t) => readCypherString(t.token));

describe("Cypher script export", () => {
  const graph = hostileGraph();
  const script = toCypherScript(graph, { batchSize: 4 });

  // The live server runs this script statement by statement: packages/graph-model/src/neo4j/store.test.ts.
  it("is plain ASCII: every other character is a \\uXXXX escape, whatever charset cypher-shell assumes", () => {
    expect(script).toMatch(/^[\x20-\x7e\n]*$/);
    expect(script).toContain(cypherString("Слава Україні"));
    expect(cypherString("Zürich 😀")).toBe("'Z\\u00fcrich \\ud83d\\ude00'");
  });

  it("splits into exactly the schema statements and one statement per batch (no value breaks a statement)", () => {
    const statements = parseStatementsStrs(script).filter((s) => s.trim());
    expect(statements).toHaveLength(schemaStatements().length + planBatches(graph.nodes, graph.edges, 4).length);
  });

  it("carries every hostile name, quote and article text unchanged as one string literal", () => {
    // Lexing is slow: the hostile article's own graph holds every value checked.
    const literals = new Set(stringLiterals(toCypherScript(hostileOnly(), { batchSize: 4 })));
    for (const value of [...HOSTILE_NAMES, HOSTILE_QUOTE, HOSTILE_TEXT]) expect(literals, JSON.stringify(value)).toContain(value);
  });

  it("escapes any string into one literal that reads back equal", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constantFrom(...HOSTILE_NAMES, HOSTILE_QUOTE, "\\'", "'\\", "\ud800x", "x\udc00")), (text) => {
        const statement = `RETURN ${cypherString(text)} AS x`;
        expect(readCypherString(cypherString(text))).toBe(text);
        const tokens = highlightSyntax(statement);
        expect(tokens.map((t) => t.tokenType)).toEqual(["keyword", "stringLiteral", "keyword", "variable"]);
        expect(readCypherString(tokens[1]!.token)).toBe(text);
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic and merges like a push (MERGE on id and key, no CREATE)", () => {
    expect(toCypherScript(graph, { batchSize: 4 })).toBe(script);
    expect(script).not.toMatch(/^CREATE \(/m);
    expect(script.match(/^MERGE \(n:/gm)?.length).toBe(planBatches(graph.nodes, [], 4).length);
  });
});
