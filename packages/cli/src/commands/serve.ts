// newsgraph serve [graph.json]: the viewer and its JSON API over a graph file.
import { Option, type Command } from "commander";
import { loadGraph } from "@newsgraph/graph-model/node";
import type { ViewerServer } from "@newsgraph/viewer";
import type { GraphStore } from "@newsgraph/graph-model";
import { CliError } from "../errors";
import { parseCount } from "../options";

export interface ServeFlags {
  port: number;
  host: string;
}

export const DEFAULT_PORT = 8765;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;

export function serveOptions(command: Command): Command {
  return command
    .addOption(new Option("-p, --port <n>", "port to listen on (0: any free port)").argParser(parseCount).default(DEFAULT_PORT))
    .addOption(new Option("--host <address>", "address to bind; anything but loopback exposes the graph to the network").default("127.0.0.1"));
}

export function register(program: Command): void {
  serveOptions(
    program
      .command("serve")
      .summary("explore a graph in the browser (Sigma.js viewer and JSON API)")
      .description("Serves the viewer (built with Vite on first use) and a JSON API over the graph: /api/graph, /api/graph?ego=ID&hops=N,\n/api/graph?name=TEXT, /api/nodes/ID, /api/articles/ID, /api/counts. Stops on Ctrl-C.")
      .argument("[graph]", "the graph file to serve", "graph.json"),
  )
    .addHelpText("after", "\nExamples:\n  $ newsgraph serve out/graph.json\n  $ newsgraph serve graph.json --port 9000")
    .action(async (graphPath: string, flags: ServeFlags) => {
      const server = await serveStore(loadGraph(graphPath), flags);
      process.stdout.write(`serving ${graphPath} at ${server.url}  (Ctrl-C to stop)\n`);
      await untilInterrupted(server);
    });
}

/** Starts the viewer server, turning the usual failures into one-line errors. */
export async function serveStore(store: GraphStore, flags: ServeFlags): Promise<ViewerServer> {
  if (!LOOPBACK.test(flags.host)) process.stderr.write(`newsgraph: warning: binding ${flags.host}: the viewer has no login; anyone who can reach this address can read the graph and its articles\n`);
  const { startViewerServer } = await import("@newsgraph/viewer");
  try {
    return await startViewerServer({ store, port: flags.port, host: flags.host, log: (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new CliError(`port ${flags.port} on ${flags.host} is in use; pick another with --port (0: any free port)`);
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new CliError(`cannot bind ${flags.host}: not an address of this machine`);
    throw error;
  }
}

export function untilInterrupted(server: ViewerServer): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
