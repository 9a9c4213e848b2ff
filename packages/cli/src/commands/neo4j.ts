// newsgraph neo4j init|status: prepare a Neo4j database for newsgraph, and say what it holds. Also the
// connection options and the connect step that push and pull share.
import { InvalidArgumentError, Option, type Command } from "commander";
// The driver is loaded only when a command talks to Neo4j, so that every other command starts without it.
import type { Neo4jOptions, Neo4jStore } from "@newsgraph/graph-model/neo4j";
import { CliError } from "../errors";
import { parseCount } from "../options";

export interface ConnectionFlags {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  batchSize?: number;
}

/** --uri, --user, --password, --database (each falling back to NEO4J_URI, NEO4J_USER, ...). */
export function addConnectionOptions(command: Command): Command {
  return command
    .option("--uri <uri>", "the Neo4j server, e.g. neo4j://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io (default: $NEO4J_URI)")
    .option("--user <name>", "user name (default: $NEO4J_USER, else neo4j)")
    .option("--password <password>", "password (default: $NEO4J_PASSWORD; prefer the variable: options show in ps)")
    .option("--database <name>", "database (default: $NEO4J_DATABASE, else the server's default)");
}

export const batchSizeOption = () =>
  new Option("--batch-size <n>", "rows per transaction (e.g. --batch-size 2000)").argParser((v) => {
    const n = parseCount(v);
    if (n < 1) throw new InvalidArgumentError("expected at least 1, e.g. 5000");
    return n;
  });

/** Connects, turning connection failures into one CLI line. */
export async function connectNeo4j(flags: ConnectionFlags): Promise<Neo4jStore> {
  const options: Neo4jOptions = { uri: flags.uri, user: flags.user, password: flags.password, database: flags.database, batchSize: flags.batchSize };
  try {
    const { Neo4jStore } = await import("@newsgraph/graph-model/neo4j");
    return await Neo4jStore.connect(options);
  } catch (error) {
    throw asCliError(error);
  }
}

/** Neo4j's errors as CLI errors: the message is already one line that says what was and was not written. */
export function asCliError(error: unknown): unknown {
  const name = (error as Error | undefined)?.name;
  if (name === "Neo4jConnectionError" || name === "Neo4jWriteError") return new CliError((error as Error).message, 2);
  return error;
}

export function register(program: Command): void {
  const neo4j = program
    .command("neo4j")
    .summary("prepare a Neo4j database for newsgraph (init) or see what it holds (status)")
    .description("Neo4j housekeeping. Connection from --uri/--user/--password/--database or NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.");

  addConnectionOptions(
    neo4j
      .command("init")
      .description("Creates the constraints and indexes of graph-schema/neo4j/constraints.cypher (safe to run again: IF NOT EXISTS).")
      .addHelpText("after", "\nExample:\n  $ NEO4J_URI=neo4j://localhost:7687 NEO4J_PASSWORD=secret newsgraph neo4j init"),
  ).action(async (flags: ConnectionFlags) => {
    const store = await connectNeo4j(flags);
    try {
      const applied = await store.init().catch((e: unknown) => Promise.reject(asCliError(e)));
      process.stdout.write(`applied ${applied.length} constraints and indexes to ${store.target}\n`);
    } finally {
      await store.close();
    }
  });

  addConnectionOptions(
    neo4j
      .command("status")
      .description("Connects and prints the nodes and relationships of each newsgraph label and type.")
      .option("--json", "print the counts as JSON"),
  ).action(async (flags: ConnectionFlags & { json?: boolean }) => {
    const store = await connectNeo4j(flags);
    try {
      const counts = await store.counts();
      if (flags.json) process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
      else {
        const lines = [
          `${store.target}: ${counts.totalNodes} nodes, ${counts.totalEdges} relationships`,
          ...Object.entries(counts.nodes).map(([k, v]) => `  ${k.padEnd(16)} ${v}`),
          ...Object.entries(counts.edges).map(([k, v]) => `  ${k.padEnd(16)} ${v}`),
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
      }
    } finally {
      await store.close();
    }
  });
}
