// `pnpm neo4j:local [--port N] [--password P]`: a throwaway Neo4j on 127.0.0.1 until Ctrl-C. Prints the
// environment to use (NEO4J_URI=..., NEO4J_USER=..., NEO4J_PASSWORD=...) once Bolt accepts a login.
import { parseArgs } from "node:util";
import { startLocalNeo4j } from "./local";

const { values } = parseArgs({ options: { port: { type: "string", default: "7687" }, password: { type: "string", default: "newsgraph-test" } } });
const log = (line: string) => process.stderr.write(`${line}\n`);
log(`starting Neo4j Community (embedded, Bolt on 127.0.0.1:${values.port})...`);
const server = await startLocalNeo4j({ port: Number(values.port), password: values.password, log }).catch((error: unknown) => {
  log(`neo4j:local: ${(error as Error).message}`);
  process.exit(1);
});
process.stdout.write(`NEO4J_URI=${server.uri}\nNEO4J_USER=${server.user}\nNEO4J_PASSWORD=${server.password}\n`);
log("ready; Ctrl-C stops it and deletes its data");
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void server.stop().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("SIGHUP", stop);
