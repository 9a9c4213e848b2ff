import { describe, expect, it } from "vitest";
import { actorId, articleNodeId, DeltaBuilder, MemoryStore, sha256Hex, statementId } from "@newsgraph/graph-model";
import { removeArticles } from "./remove-articles";

function articleDelta(article: string, text: string, speaker: string, quote: string) {
  const delta = new DeltaBuilder(article);
  const at = (s: string) => ({ article, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const articleNode = delta.addNode(articleNodeId(article), { type: "Article", name: article, contentHash: sha256Hex(text), text });
  const actor = delta.addNode(actorId(speaker), { type: "Actor", name: speaker, aliases: [], actorType: "person", provenance: [at(speaker)] });
  const statement = delta.addNode(statementId(article, quote), { type: "Statement", text: quote, kind: "direct", article, provenance: [at(quote)] });
  delta.addEdge(actor, statement, { type: "SAID", provenance: [at(quote)] });
  delta.addEdge(actor, articleNode, { type: "MENTIONED_IN", provenance: [at(speaker)] });
  delta.addEdge(statement, articleNode, { type: "REPORTED_IN", provenance: [at(quote)] });
  return delta.build();
}

describe("removeArticles", () => {
  const a = "Zelensky said: “We will hold.”";
  const b = "Zelensky added: “Help is coming.”";
  const store = new MemoryStore();
  store.applySync(articleDelta("a.txt", a, "Zelensky", "We will hold."));
  store.applySync(articleDelta("b.txt", b, "Zelensky", "Help is coming."));
  const graph = store.exportSync();

  it("drops what only the removed article mentions and keeps the other articles' mentions", () => {
    const out = removeArticles(graph, new Set(["a.txt"]));
    expect(out.nodes.map((n) => n.key)).toEqual(["actor:zelensky", "article:b.txt", statementId("b.txt", "Help is coming.")]);
    const actor = out.nodes.find((n) => n.key === "actor:zelensky")!.attributes as { provenance: { article: string }[] };
    expect(actor.provenance.map((p) => p.article)).toEqual(["b.txt"]);
    expect(out.edges.every((e) => e.attributes.provenance.every((p) => p.article === "b.txt"))).toBe(true);
    expect(out.edges).toHaveLength(3);
  });

  it("gives the graph of the other article alone, as if the removed one had never been added", () => {
    const only = new MemoryStore();
    only.applySync(articleDelta("b.txt", b, "Zelensky", "Help is coming."));
    expect(removeArticles(graph, new Set(["a.txt"]))).toEqual(only.exportSync());
  });

  it("changes nothing when no article is removed or the article is not in the graph", () => {
    expect(removeArticles(graph, new Set())).toBe(graph);
    expect(removeArticles(graph, new Set(["c.txt"]))).toEqual(graph);
  });
});
