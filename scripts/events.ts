// The events an actor took part in (by type, role, place, date), or every event at a place.
//   pnpm tsx scripts/events.ts Ukraine [--type attack] [--role agent] [--place Moscow] [--json]
//   pnpm tsx scripts/events.ts --at Moscow
import type { EventResult } from "@newsgraph/graph-model";
import { formatTable } from "./lib/table";
import { list, openScriptGraph, parseScriptArgs, runScript, UsageError, where } from "./lib/script";

const usage = `usage: events <actor> [--type <eventType>] [--role agent|target|participant] [--place <place>] [--since] [--until]
              | events --at <place> [--type <eventType>]
              [--graph <file> | --neo4j | --corpus <dir>] [--json]`;

await runScript(async () => {
  const { values, positionals } = parseScriptArgs({
    usage,
    positionals: 0,
    options: { type: { type: "string" }, role: { type: "string" }, place: { type: "string" }, at: { type: "string" }, since: { type: "string" }, until: { type: "string" } },
  });
  if (!values.at && !positionals[0]) throw new UsageError(`name an actor or --at <place>\n${usage}`);
  const graph = await openScriptGraph(values);
  const dates = { ...(values.since ? { since: values.since } : {}), ...(values.until ? { until: values.until } : {}) };
  const type = values.type ? { type: values.type as EventResult["eventType"] } : {};
  let title: string, events: EventResult[];
  if (values.at) {
    events = await graph.eventsAt(values.at, { ...type, ...dates });
    title = `Events at ${values.at}`;
  } else {
    const actor = await graph.actor(positionals[0]!);
    events = await graph.eventsInvolving(actor, {
      ...type, ...dates,
      ...(values.role ? { role: values.role as "agent" } : {}),
      ...(values.place ? { place: values.place } : {}),
    });
    title = `Events involving ${actor.name}`;
  }
  const table = formatTable(events, [
    { header: "type", value: (e) => e.eventType },
    { header: "event", value: (e) => e.label, max: 60 },
    { header: "who", value: (e) => list(e.participants.map((p) => `${p.actor.name}:${p.role}`)), max: 50 },
    { header: "where", value: (e) => list(e.places.map((p) => p.name)), max: 30 },
    { header: "when", value: (e) => e.date ?? e.time ?? "" },
    { header: "source", value: (e) => where(e.mentions[0], e.article) },
  ]);
  return { json: { events }, text: `${title} (${events.length})\n\n${table}`, asJson: !!values.json, graph };
});
