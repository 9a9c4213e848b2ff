// An actor's statements and events in date order (undated ones last, in reading order).
//   pnpm tsx scripts/timeline.ts Putin [--json]
import { formatTable } from "./lib/table";
import { openScriptGraph, parseScriptArgs, runScript, where } from "./lib/script";

const usage = `usage: timeline <actor> [--graph <file> | --neo4j | --corpus <dir>] [--json]
What <actor> said and did, by date where the date is known.`;

await runScript(async () => {
  const { values, positionals } = parseScriptArgs({ usage, positionals: 1, options: {} });
  const graph = await openScriptGraph(values);
  const actor = await graph.actor(positionals[0]!);
  const entries = await graph.timeline(actor);
  const table = formatTable(entries, [
    { header: "date", value: (e) => e.date ?? "-" },
    { header: "what", value: (e) => (e.kind === "statement" ? `said (${e.statement.kind})` : e.event.eventType) },
    { header: "text", value: (e) => (e.kind === "statement" ? e.statement.text : e.event.label), max: 80 },
    { header: "where", value: (e) => where((e.kind === "statement" ? e.statement : e.event).mentions[0], e.article) },
  ]);
  return { json: { actor, timeline: entries }, text: `Timeline of ${actor.name} (${entries.length} entries)\n\n${table}`, asJson: !!values.json, graph };
});
