import { describe, expect, it } from "vitest";
import { actorId, articleNodeId, DeltaBuilder, MemoryStore, sha256Hex, statementId } from "@newsgraph/graph-model";
import { formatStats, graphStats } from "./graph-stats";

/** An article in which each speaker says one sentence; every actor is also MENTIONED_IN the article. */
function article(store: MemoryStore, id: string, quotes: [speaker: string, quote: string][], title?: string) {
  const text = quotes.map(([s, q]) => `${s} said: “${q}”`).join("\n");
  const delta = new DeltaBuilder(id);
  const at = (s: string) => ({ article: id, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const node = delta.addNode(articleNodeId(id), { type: "Article", name: id, contentHash: sha256Hex(text), text, ...(title ? { title } : {}) });
  for (const [speaker, quote] of quotes) {
    const actor = delta.addNode(actorId(speaker), { type: "Actor", name: speaker, aliases: [], actorType: "person", provenance: [at(speaker)] });
    const statement = delta.addNode(statementId(id, quote), { type: "Statement", text: quote, kind: "direct", article: id, provenance: [at(quote)] });
    delta.addEdge(actor, statement, { type: "SAID", provenance: [at(quote)] });
    delta.addEdge(actor, node, { type: "MENTIONED_IN", provenance: [at(speaker)] });
    delta.addEdge(statement, node, { type: "REPORTED_IN", provenance: [at(quote)] });
  }
  store.applySync(delta.build());
}

describe("graphStats", () => {
  const store = new MemoryStore();
  article(store, "a.txt", [["Ana", "One."], ["Ben", "Two."], ["Ana", "Three."]], "First");
  article(store, "b.txt", [["Ben", "Four."], ["Cy", "Five."]]);

  it("ranks actors by their links other than MENTIONED_IN, then by articles", () => {
    const stats = graphStats(store);
    expect(stats.topActors.map((a) => [a.name, a.degree, a.articles])).toEqual([["Ben", 2, 2], ["Ana", 2, 1], ["Cy", 1, 1]]);
    expect(graphStats(store, 1).topActors.map((a) => a.name)).toEqual(["Ben"]);
  });

  it("lists the articles with the number of nodes each mentions", () => {
    expect(graphStats(store).articles).toEqual([{ id: "a.txt", title: "First", nodes: 5 }, { id: "b.txt", nodes: 4 }]);
  });

  it("prints the counts on the first lines", () => {
    const text = formatStats("g.json", graphStats(store)).split("\n");
    expect(text.slice(0, 3)).toEqual([
      "g.json: 2 articles, 10 nodes, 14 edges",
      "nodes: Actor 3, Article 2, Statement 5",
      "edges: MENTIONED_IN 4, REPORTED_IN 5, SAID 5",
    ]);
  });
});
