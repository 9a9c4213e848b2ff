// What every example script shares: where the graph comes from, --json, and errors as one clear line.
//   --graph <file>   a graph file written by `newsgraph build`
//   --neo4j          the Neo4j database of NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (or --uri)
//   --corpus <dir>   otherwise: build this folder in memory first (default corpus/seeds)
import { parseArgs, type ParseArgsConfig } from "node:util";
import { resolve } from "node:path";
import { GraphFileError, QueryError, type Graph, type Mention } from "@newsgraph/graph-model";
import { openGraph } from "@newsgraph/graph-model/node";

const ROOT = resolve(import.meta.dirname, "..", "..");

export const SOURCE_OPTIONS = {
  graph: { type: "string" },
  neo4j: { type: "boolean" },
  uri: { type: "string" },
  corpus: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

export interface ScriptSpec<O extends ParseArgsConfig["options"]> {
  usage: string;
  /** The script's own options (the source options and --json are added). */
  options: O;
  /** How many positional arguments it needs. */
  positionals: number;
}

export class UsageError extends Error {}

export type SourceFlags = { graph?: string; neo4j?: boolean; uri?: string; corpus?: string };

/** Opens the graph the flags name; by default, the sample corpus built in memory. */
export async function openScriptGraph(flags: SourceFlags): Promise<Graph> {
  if (flags.graph) return openGraph(flags.graph);
  if (flags.neo4j || flags.uri) return openGraph(flags.uri ?? "neo4j");
  const corpus = flags.corpus ?? resolve(ROOT, "corpus", "seeds");
  // Loaded only here: a script on a graph file or Neo4j never loads the extractor.
  const { buildGraph } = await import("@newsgraph/cli");
  const { store } = await buildGraph({ inputs: [corpus], out: "(memory)" });
  return openGraph(store);
}

type OptionValues<O extends ParseArgsConfig["options"]> = {
  [K in keyof O]?: O[K] extends { type: "boolean" } ? boolean : string;
};

export function parseScriptArgs<O extends NonNullable<ParseArgsConfig["options"]>>(spec: ScriptSpec<O>, argv = process.argv.slice(2)): {
  values: OptionValues<typeof SOURCE_OPTIONS & O>;
  positionals: string[];
} {
  const args = argv[0] === "--" ? argv.slice(1) : argv;
  const parsed = parseArgs({ args, options: { ...SOURCE_OPTIONS, ...spec.options }, allowPositionals: true, strict: true });
  const values = parsed.values as OptionValues<typeof SOURCE_OPTIONS & O>;
  if (values.help) {
    process.stdout.write(`${spec.usage}\n`);
    process.exit(0);
  }
  if (parsed.positionals.length < spec.positionals) throw new UsageError(`missing argument\n${spec.usage}`);
  return { values, positionals: parsed.positionals };
}

/** Runs a script's body: prints its text or JSON; QueryErrors and usage errors become one line on stderr. */
export async function runScript(body: () => Promise<{ json: unknown; text: string; asJson: boolean; graph?: Graph }>): Promise<void> {
  try {
    const { json, text, asJson, graph } = await body();
    process.stdout.write(asJson ? `${JSON.stringify(json, null, 2)}\n` : `${text}\n`);
    await graph?.close();
  } catch (error) {
    // A missing or broken graph file is the user's to fix, like a bad name: one line, exit 2, no stack.
    const known = error instanceof QueryError || error instanceof UsageError || error instanceof GraphFileError || (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION";
    process.stderr.write(`error: ${(error as Error).message}\n`);
    if (!known) process.stderr.write(`${(error as Error).stack ?? ""}\n`);
    process.exitCode = known ? 2 : 1;
  }
}

/** `000_86ea….txt:1234` — where a mention is. */
export const where = (m: Mention | undefined, article?: string) => (m ? `${m.article}:${m.start}` : article ?? "");

export const list = (values: readonly string[]) => values.join(", ");

/** A number option, or a usage error saying which. */
export function intOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got "${value}"`);
  return n;
}
