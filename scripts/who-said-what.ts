// Everything an actor said: direct quotes and reported speech, with where to find the words.
//   pnpm tsx scripts/who-said-what.ts "Sergei Sobyanin" [--about Trump] [--kind direct] [--since 2024-11-01] [--json]
import { formatTable } from "./lib/table";
import { list, openScriptGraph, parseScriptArgs, runScript, where } from "./lib/script";

const usage = `usage: who-said-what <actor> [--about <actor>] [--kind direct|indirect] [--article <id>] [--since YYYY-MM-DD] [--until YYYY-MM-DD]
                     [--graph <file> | --neo4j | --corpus <dir>] [--json]
Every statement by <actor> (a name, alias or id: "Putin" finds Vladimir Putin).`;

await runScript(async () => {
  const { values, positionals } = parseScriptArgs({
    usage,
    positionals: 1,
    options: { about: { type: "string" }, kind: { type: "string" }, article: { type: "string" }, since: { type: "string" }, until: { type: "string" } },
  });
  const graph = await openScriptGraph(values);
  const actor = await graph.actor(positionals[0]!);
  const statements = await graph.statementsBy(actor, {
    ...(values.about ? { about: values.about } : {}),
    ...(values.kind ? { kind: values.kind as "direct" } : {}),
    ...(values.article ? { article: values.article } : {}),
    ...(values.since ? { since: values.since } : {}),
    ...(values.until ? { until: values.until } : {}),
  });
  const table = formatTable(statements, [
    { header: "kind", value: (s) => s.kind },
    { header: "statement", value: (s) => s.text, max: 70 },
    { header: "about", value: (s) => list(s.about.map((a) => a.name)), max: 30 },
    { header: "where", value: (s) => where(s.mentions[0], s.article) },
  ]);
  const text = `${actor.name} (${actor.id}): ${statements.length} statement${statements.length === 1 ? "" : "s"}\n\n${table}`;
  return { json: { actor, statements }, text, asJson: !!values.json, graph };
});
