// What was said about an actor, and by whom.
//   pnpm tsx scripts/statements-about.ts Trump [--by Putin] [--json]
import { formatTable } from "./lib/table";
import { list, openScriptGraph, parseScriptArgs, runScript, where } from "./lib/script";

const usage = `usage: statements-about <actor> [--by <speaker>] [--graph <file> | --neo4j | --corpus <dir>] [--json]
Every statement about <actor>, with its speakers.`;

await runScript(async () => {
  const { values, positionals } = parseScriptArgs({ usage, positionals: 1, options: { by: { type: "string" } } });
  const graph = await openScriptGraph(values);
  const actor = await graph.actor(positionals[0]!);
  const statements = await graph.statementsAbout(actor, values.by ? { by: values.by } : {});
  const table = formatTable(statements, [
    { header: "speaker", value: (s) => list(s.speakers.map((a) => a.name)), max: 28 },
    { header: "kind", value: (s) => s.kind },
    { header: "statement", value: (s) => s.text, max: 70 },
    { header: "where", value: (s) => where(s.mentions[0], s.article) },
  ]);
  const text = `About ${actor.name} (${actor.id}): ${statements.length} statement${statements.length === 1 ? "" : "s"}\n\n${table}`;
  return { json: { actor, statements }, text, asJson: !!values.json, graph };
});
