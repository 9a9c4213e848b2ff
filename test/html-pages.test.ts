// Saved web pages build into the same graph as their plain text. Each article of corpus/wire is wrapped here
// in a page as a news site serves it (navigation, scripts, metadata, a footer), then both folders are built
// with the real pipeline and compared: same article text, same actors, statements, agreements and events.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "@newsgraph/cli";
import type { MemoryStore } from "@newsgraph/graph-model";
import { ROOT } from "./support/sample-graph";

const WIRE = join(ROOT, "corpus", "wire");
// Three articles keep the test quick; they cover a dateline, direct and reported speech, and agreements.
const ARTICLES = readdirSync(WIRE).filter((f) => f.endsWith(".txt")).sort().slice(0, 3);

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page a site would serve for this text: the first line as the headline, each paragraph a <p>. */
function pageFor(text: string, site: string): string {
  const [title, ...paragraphs] = text.trimEnd().split(/\n\n+/);
  const body = paragraphs.map((p) => `<p>${p.split("\n").map(escape).join("<br>\n")}</p>`).join("\n");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title!)} - ${site}</title>
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="2025-06-02T09:00:00Z">
<script>var analytics = { page: "article" };</script><style>p { margin: 0 }</style></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav></header>
<main><article><h1>${escape(title!)}</h1><div class="story">
${body}
</div></article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather: storms ahead</a></li></ul></aside>
<footer><p>© ${site} 2025. All rights reserved.</p></footer></body></html>`;
}

type Row = Record<string, unknown>;

/** What the graph says, without article ids and offsets (the .txt and .html articles have different ids). */
function facts(store: MemoryStore): Record<string, string[]> {
  const graph = store.exportSync();
  const name = new Map(graph.nodes.map((n) => [n.key, String((n.attributes as Row).name ?? (n.attributes as Row).text ?? (n.attributes as Row).label ?? "")]));
  const out: Record<string, string[]> = { Actor: [], Statement: [], Agreement: [], Event: [], Place: [], edges: [] };
  for (const { attributes: a } of graph.nodes) {
    const row = a as Row;
    if (a.type === "Actor") out.Actor!.push(`${row.name} (${row.actorType})`);
    if (a.type === "Statement") out.Statement!.push(`${row.kind}: ${row.text} [${row.cue}]`);
    if (a.type === "Agreement") out.Agreement!.push(`${row.name} (${row.status})`);
    if (a.type === "Event") out.Event!.push(`${row.eventType}: ${row.label}`);
    if (a.type === "Place") out.Place!.push(String(row.name));
  }
  for (const e of graph.edges) {
    if (e.attributes.type === "MENTIONED_IN" || e.attributes.type === "REPORTED_IN") continue;
    out.edges!.push(`${name.get(e.source)} -${e.attributes.type}-> ${name.get(e.target)}`);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.sort()]));
}

describe("saved web pages", () => {
  let text: MemoryStore, html: MemoryStore;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "ng-html-pages-"));
    mkdirSync(join(dir, "pages"));
    for (const file of ARTICLES) {
      writeFileSync(join(dir, "pages", file.replace(/\.txt$/, ".html")), pageFor(readFileSync(join(WIRE, file), "utf8"), "Wire Daily"));
    }
    text = (await buildGraph({ inputs: ARTICLES.map((f) => join(WIRE, f)), out: "(memory)" })).store;
    html = (await buildGraph({ inputs: [join(dir, "pages")], out: "(memory)" })).store;
  });

  it("keep the article text of the plain-text file, with the page's title, site and date", () => {
    for (const file of ARTICLES) {
      const page = html.node(`article:${file.replace(/\.txt$/, ".html")}`)!.attributes as Row;
      const plain = text.node(`article:${file}`)!.attributes as Row;
      expect(page.text, file).toBe(plain.text);
      expect(page.title, file).toBe(String(plain.text).split("\n")[0]);
      expect(page.source).toBe("Wire Daily");
      expect(page.published).toBe("2025-06-02");
    }
  });

  it("build the same actors, statements, agreements, events and relations as the plain text", () => {
    const fromText = facts(text), fromHtml = facts(html);
    expect(fromText.Statement!.length).toBeGreaterThan(3);
    expect(fromHtml).toEqual(fromText);
  });
});
