// A Cypher script for people without a live connection: `cypher-shell -f graph.cypher` (or paste into
// Neo4j Browser). It is the store's own batch upserts with each `$rows` replaced by a literal list, so a
// script run twice, or over a database that already holds part of the graph, merges exactly as a push.
// Browser-safe: the viewer builds scripts too.
import type { SerializedGraph } from "../serialize";
import type { PropertyRow, PropertyValue } from "../neo4j/properties";
import { DEFAULT_BATCH_SIZE, planBatches, schemaStatements, statementOf } from "../neo4j/statements";

const ESCAPES: Record<string, string> = { "\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };
const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * A Cypher string literal for any JS string: quotes and backslashes escaped, and every character outside
 * printable ASCII written as \uXXXX (UTF-16 units, surrogate pairs as two escapes, which Neo4j joins), so
 * the script is plain ASCII: cypher-shell reads it the same whatever the platform's charset, and no
 * control character, line separator or unpaired surrogate can break a line or a statement.
 */
export function cypherString(text: string): string {
  return `'${text.replace(
    /[\\'\u0000-\u001f\u007f-\uffff]/g,
    (c) => ESCAPES[c] ?? hex4(c),
  )}'`;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function cypherValue(value: PropertyValue): string {
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to Cypher`);
    return String(value);
  }
  return `[${(value as (string | number)[]).map((v) => cypherValue(v)).join(", ")}]`;
}

export function cypherMap(row: PropertyRow): string {
  const entries = Object.entries(row).map(([k, v]) => {
    if (!KEY.test(k)) throw new Error(`not a property key: ${JSON.stringify(k)}`);
    return `${k}: ${cypherValue(v)}`;
  });
  return `{${entries.join(", ")}}`;
}

export interface CypherScriptOptions {
  /** Rows per statement (default 5000: big literal lists parse slowly in cypher-shell, so smaller is fine too). */
  batchSize?: number;
  /** Start with the constraints and indexes (default true): they make each MERGE an index lookup. */
  schema?: boolean;
}

/** The script, piece by piece (one statement per piece), for writing big graphs without one huge string. */
export function* cypherScriptParts(graph: SerializedGraph, options: CypherScriptOptions = {}): Generator<string> {
  const batches = planBatches(graph.nodes, graph.edges, options.batchSize ?? DEFAULT_BATCH_SIZE);
  yield `// newsgraph: ${graph.nodes.length} nodes and ${graph.edges.length} relationships in ${batches.length} statements.\n` +
    "// Run with: cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f <this file>\n" +
    "// Every statement MERGEs on `id` (nodes) or `key` (relationships): running it again changes nothing.\n";
  if (options.schema !== false) for (const statement of schemaStatements()) yield `${statement};\n`;
  for (const batch of batches) {
    const rows = `[\n  ${batch.rows.map(cypherMap).join(",\n  ")}\n]`;
    yield `// ${batch.kind} ${batch.target}: ${batch.rows.length}\n${statementOf(batch, { rows, returnCounts: false })};\n`;
  }
}

/** The whole script as one string. */
export function toCypherScript(graph: SerializedGraph, options: CypherScriptOptions = {}): string {
  return [...cypherScriptParts(graph, options)].join("");
}
