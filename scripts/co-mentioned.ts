// The actors that appear in the same articles as an actor, most shared articles first.
//   pnpm tsx scripts/co-mentioned.ts Putin [--min-articles 2] [--json]
import { formatTable } from "./lib/table";
import { intOption, list, openScriptGraph, parseScriptArgs, runScript } from "./lib/script";

const usage = `usage: co-mentioned <actor> [--min-articles 1] [--graph <file> | --neo4j | --corpus <dir>] [--json]
Actors mentioned in the same articles as <actor>, with how many articles they share.`;

await runScript(async () => {
  const { values, positionals } = parseScriptArgs({ usage, positionals: 1, options: { "min-articles": { type: "string" } } });
  const graph = await openScriptGraph(values);
  const actor = await graph.actor(positionals[0]!);
  const found = await graph.coMentioned(actor, { minArticles: Math.max(1, intOption("min-articles", values["min-articles"], 1)) });
  const table = formatTable(found, [
    { header: "actor", value: (c) => c.actor.name },
    { header: "type", value: (c) => c.actor.actorType },
    { header: "articles", value: (c) => c.count, align: "right" },
    { header: "which", value: (c) => list(c.articles), max: 70 },
  ]);
  return { json: { actor, coMentioned: found }, text: `Mentioned with ${actor.name} (${found.length} actors)\n\n${table}`, asJson: !!values.json, graph };
});
