// Takes an actor's neighbourhood and pushes it to Neo4j (NEO4J_URI set), or writes it as a Cypher script
// (and, with --out-graph, as a graph file) when no server is set.
//   pnpm tsx scripts/ego-to-neo4j.ts Putin --hops 2 [--out ego.cypher] [--out-graph ego.json] [--json]
import { toCypherScript } from "@newsgraph/graph-model";
import { saveGraph, writeFileAtomic } from "@newsgraph/graph-model/node";
import { intOption, openScriptGraph, parseScriptArgs, runScript } from "./lib/script";

const usage = `usage: ego-to-neo4j <actor> [--hops 2] [--out <file.cypher>] [--out-graph <file.json>] [--push]
                    [--graph <file> | --neo4j | --corpus <dir>] [--json]
Pushes the actor's neighbourhood (nodes within --hops relations, and their articles) to the Neo4j server of
NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD; without NEO4J_URI it writes a Cypher script (default <actor>-ego.cypher),
or with --out-graph alone only the graph file.`;

await runScript(async () => {
  const { values, positionals } = parseScriptArgs({
    usage,
    positionals: 1,
    options: { hops: { type: "string" }, out: { type: "string" }, "out-graph": { type: "string" } },
  });
  const graph = await openScriptGraph(values);
  const actor = await graph.actor(positionals[0]!);
  const hops = intOption("hops", values.hops, 2);
  const ego = await graph.ego(actor, hops);
  const counts = { nodes: ego.nodes.length, edges: ego.edges.length };
  const done: string[] = [];
  if (values["out-graph"]) {
    saveGraph(ego, values["out-graph"]);
    done.push(`wrote graph file ${values["out-graph"]}`);
  }
  let pushed: unknown;
  if (process.env.NEO4J_URI && !values.out) {
    const { Neo4jStore } = await import("@newsgraph/graph-model/neo4j");
    const store = await Neo4jStore.connect();
    try {
      await store.init();
      pushed = await store.write(ego.nodes, ego.edges);
      done.push(`pushed to Neo4j at ${store.target}`);
    } finally {
      await store.close();
    }
  } else if (values.out || !values["out-graph"]) {
    // The Cypher script is the default output, not an extra one: --out-graph alone writes only the graph file.
    const out = values.out ?? `${actor.id.replace(/^actor:/, "")}-ego.cypher`;
    writeFileAtomic(out, toCypherScript(ego));
    done.push(`wrote Cypher script ${out} (run: cypher-shell -f ${out})`);
  }
  const text = `Ego network of ${actor.name} within ${hops} hops: ${counts.nodes} nodes, ${counts.edges} relationships\n${done.join("\n")}`;
  return { json: { actor, hops, ...counts, done, ...(pushed ? { pushed } : {}) }, text, asJson: !!values.json, graph };
});
