// The agreements an actor is party to, with every party, its role and the status; or the parties of one agreement.
//   pnpm tsx scripts/agreements.ts "North Korea" [--status signed] [--json]
//   pnpm tsx scripts/agreements.ts --agreement "grain deal"
import { formatTable } from "./lib/table";
import { openScriptGraph, parseScriptArgs, runScript, UsageError, where } from "./lib/script";
import type { Party } from "@newsgraph/graph-model";

const usage = `usage: agreements <actor> [--status <status>]  |  agreements --agreement <name>
                  [--graph <file> | --neo4j | --corpus <dir>] [--json]
Treaties, deals and ceasefires <actor> is party to, with all their parties and status.`;

const parties = (list: Party[]) => list.map((p) => `${p.actor.name}${p.roles.length ? ` (${p.roles.join("/")})` : ""}`).join(", ");

await runScript(async () => {
  const { values, positionals } = parseScriptArgs({ usage, positionals: 0, options: { status: { type: "string" }, agreement: { type: "string" } } });
  if (!values.agreement && !positionals[0]) throw new UsageError(`name an actor or --agreement\n${usage}`);
  const graph = await openScriptGraph(values);
  if (values.agreement) {
    const found = await graph.partiesTo(values.agreement);
    const table = formatTable(found, [
      { header: "party", value: (p) => p.actor.name },
      { header: "role", value: (p) => p.roles.join(", ") },
      { header: "where", value: (p) => where(p.mentions[0]) },
    ]);
    return { json: { agreement: values.agreement, parties: found }, text: `Parties to "${values.agreement}":\n\n${table}`, asJson: !!values.json, graph };
  }
  const actor = await graph.actor(positionals[0]!);
  const found = await graph.agreementsOf(actor, values.status ? { status: values.status as "signed" } : {});
  const table = formatTable(found, [
    { header: "agreement", value: (a) => a.name, max: 50 },
    { header: "type", value: (a) => a.agreementType },
    { header: "status", value: (a) => a.status },
    { header: "parties", value: (a) => parties(a.parties), max: 80 },
    { header: "where", value: (a) => where(a.mentions[0]) },
  ]);
  const text = `${actor.name} is party to ${found.length} agreement${found.length === 1 ? "" : "s"}\n\n${table}`;
  return { json: { actor, agreements: found }, text, asJson: !!values.json, graph };
});
