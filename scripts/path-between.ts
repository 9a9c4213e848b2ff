// How two actors are connected: the shortest paths and every simple path up to --max-hops, with the
// statements and events along them.
//   pnpm tsx scripts/path-between.ts Sobyanin "Kim Jong-un" [--max-hops 4] [--via SAID,ABOUT] [--limit 20] [--json]
import type { EdgeType, GraphPath } from "@newsgraph/graph-model";
import { formatTable } from "./lib/table";
import { intOption, openScriptGraph, parseScriptArgs, runScript, where } from "./lib/script";

const usage = `usage: path-between <actor> <actor> [--max-hops 4] [--via SAID,ABOUT,...] [--limit 20]
                    [--graph <file> | --neo4j | --corpus <dir>] [--json]
Shortest and all simple paths between two actors over relations (said, about, party to, took part in, located in, affiliated with).`;

/** `A -[SAID]-> statement -[ABOUT]-> B`, arrows pointing the way each edge points. */
export function describePath(path: GraphPath): string {
  const short = (name: string) => (name.length > 48 ? `\u201C${name.slice(0, 45)}\u2026\u201D` : name);
  let out = short(path.nodes[0]!.name);
  path.edges.forEach((edge, i) => {
    const forward = edge.source === path.nodes[i]!.id;
    const label = edge.role ? `${edge.type}:${edge.role}` : edge.type;
    out += forward ? ` -[${label}]-> ` : ` <-[${label}]- `;
    out += short(path.nodes[i + 1]!.name);
  });
  return out;
}

await runScript(async () => {
  const { values, positionals } = parseScriptArgs({
    usage,
    positionals: 2,
    options: { "max-hops": { type: "string" }, via: { type: "string" }, limit: { type: "string" } },
  });
  const graph = await openScriptGraph(values);
  const result = await graph.paths(positionals[0]!, positionals[1]!, {
    maxHops: intOption("max-hops", values["max-hops"], 4),
    limit: intOption("limit", values.limit, 20),
    ...(values.via ? { via: values.via.split(",").map((t) => t.trim().toUpperCase()) as EdgeType[] } : {}),
  });
  const lines = [`${result.from.name} \u2194 ${result.to.name}`];
  if (!result.all.length) lines.push(`no path within ${values["max-hops"] ?? 4} hops`);
  else {
    lines.push(`shortest (${result.shortest[0]!.hops} hops, ${result.shortest.length} path${result.shortest.length === 1 ? "" : "s"}):`);
    for (const path of result.shortest) {
      lines.push(`  ${describePath(path)}`);
      for (const s of path.statements) lines.push(`    said: \u201C${s.text}\u201D (${where(s.mentions[0], s.article)})`);
      for (const e of path.events) lines.push(`    ${e.eventType}: ${e.label} (${where(e.mentions[0], e.article)})`);
      // One line per sentence: several edges of a path are often stated by the same words.
      const evidence = new Map(path.edges.flatMap((e) => e.mentions.slice(0, 1)).map((m) => [m.excerpt, where(m)] as const));
      for (const [sentence, at] of evidence) lines.push(`    evidence: ${sentence} (${at})`);
    }
    lines.push("", `all simple paths: ${result.all.length}${result.truncated ? " (more exist: raise --limit)" : ""}`, "");
    lines.push(formatTable(result.all, [
      { header: "hops", value: (p) => p.hops, align: "right" },
      { header: "path", value: (p) => describePath(p), max: 160 },
    ]));
  }
  return { json: result, text: lines.join("\n"), asJson: !!values.json, graph };
});
