// newsgraph pull: a Neo4j subgraph back into a graph file (the contract's JSON form), from a Cypher query,
// an ego network, or the whole database. What push wrote, pull reads back unchanged.
import { Option, type Command } from "commander";
import type { SerializedGraph } from "@newsgraph/graph-model";
import { saveGraph } from "@newsgraph/graph-model/node";
import type { Neo4jStore } from "@newsgraph/graph-model/neo4j";
import { CliError } from "../errors";
import { parseCount } from "../options";
import { addConnectionOptions, asCliError, connectNeo4j, type ConnectionFlags } from "./neo4j";

interface PullFlags extends ConnectionFlags {
  cypher?: string;
  param: Record<string, string>;
  ego?: string;
  hops: number;
  all?: boolean;
  out: string;
}

function collectParam(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf("=");
  if (eq < 1) throw new CliError(`--param ${value}: expected name=value, e.g. --param name=Erdogan`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

async function egoId(store: Neo4jStore, ego: string): Promise<string> {
  if (await store.getNode(ego)) return ego;
  const found = await store.findByName(ego);
  if (found.length === 1) return found[0]!.id;
  if (!found.length) throw new CliError(`no node in Neo4j has the id or name "${ego}"`);
  throw new CliError(`"${ego}" names ${found.length} nodes in Neo4j (${found.slice(0, 5).map((n) => n.id).join(", ")}): pass one id to --ego`);
}

export function register(program: Command): void {
  addConnectionOptions(
    program
      .command("pull")
      .summary("read a subgraph from Neo4j (a Cypher query, an ego network, or --all) into a graph file")
      .description(
        "Writes the nodes, relationships and paths a Cypher query returns (relationships bring their end nodes),\n" +
          "or the ego network of one node, or the whole newsgraph data of the database, as a graph file.",
      )
      .option("--cypher <query>", "a read query returning nodes, relationships or paths, e.g. \"MATCH p=(:Actor)-[:SAID]->(:Statement) RETURN p\"")
      .option("--param <name=value>", "a string parameter for --cypher (repeatable), e.g. --param name=Erdogan", collectParam, {})
      .option("--ego <name-or-id>", "the ego network of this node")
      .addOption(new Option("--hops <k>", "how far --ego reaches").argParser(parseCount).default(1))
      .option("--all", "everything newsgraph wrote to the database")
      .requiredOption("-o, --out <path>", "the graph file to write, e.g. --out sub.json")
      .addHelpText("after", "\nExamples:\n  $ newsgraph pull --cypher \"MATCH p=(a:Actor {name: \\$name})-[:SAID]->() RETURN p\" --param name=Erdogan --out erdogan.json\n  $ newsgraph pull --ego \"Recep Tayyip Erdogan\" --hops 2 --out sub.json"),
  ).action(async (flags: PullFlags) => {
    const modes = [flags.cypher !== undefined, flags.ego !== undefined, !!flags.all].filter(Boolean).length;
    if (modes !== 1) throw new CliError("pull needs exactly one of --cypher, --ego or --all");
    const store = await connectNeo4j(flags);
    try {
      let graph: SerializedGraph;
      let note = "";
      if (flags.cypher !== undefined) {
        const { pullCypher } = await import("@newsgraph/graph-model/neo4j");
        const result = await pullCypher(store, flags.cypher, flags.param);
        graph = result.graph;
        if (result.skipped.nodes || result.skipped.relationships) {
          note = ` (left out ${result.skipped.nodes} nodes and ${result.skipped.relationships} relationships that are not newsgraph's)`;
        }
      } else if (flags.ego !== undefined) {
        graph = await store.subgraph({ ego: { id: await egoId(store, flags.ego), hops: flags.hops } });
      } else {
        graph = await store.export();
      }
      saveGraph(graph, flags.out);
      process.stdout.write(`wrote ${flags.out}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships from ${store.target}${note}\n`);
    } catch (error) {
      throw asCliError(neo4jQueryError(error));
    } finally {
      await store.close();
    }
  });
}

/** A failing user query (syntax, unknown function) is the user's to fix: one line, not a stack. */
function neo4jQueryError(error: unknown): unknown {
  const code = (error as { code?: string })?.code;
  if (typeof code === "string" && code.startsWith("Neo.ClientError")) return new CliError(`Neo4j refused the query: ${(error as Error).message.split("\n")[0]}`, 2);
  return error;
}
