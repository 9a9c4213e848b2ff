import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MemoryStore, actorId, stringifyGraph, type ActorAttributes, type GraphDelta } from "@newsgraph/graph-model";
import { extractArticle } from "../extract";
import { ActorIndex } from "./actor-index";
import { resolveActors, rewriteActors, splitDelta } from "./cross-article";

const extract = (text: string, id: string) => extractArticle({ id, text, origin: id });

/** Builds a store the way the build does: resolution over the whole set, then apply in article-id order. */
function build(deltas: readonly GraphDelta[]): MemoryStore {
  const store = new MemoryStore();
  const sorted = [...resolveActors(deltas)].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  for (const delta of sorted) store.applySync(delta);
  return store;
}
const buildTexts = (texts: string[]) => build(texts.map((text, i) => extract(text, `${i}.txt`)));

const articlesOf = (store: MemoryStore, id: string) => [...new Set((store.node(id)?.attributes as { provenance: { article: string }[] }).provenance.map((p) => p.article))];
const actorIdsOf = (delta: GraphDelta) => delta.nodes.filter((n) => n.attributes.type === "Actor").map((n) => n.id).sort();

describe("cross-article resolution", () => {
  it("merges spelling variants and a bare surname into one person with provenance from every article", () => {
    const store = buildTexts(["North Korean leader Kim Jong-un met officials on Monday.", "Kim Jong Un said the talks had gone well.", "Kim said later that he had left for Pyongyang."]);
    const kim = store.idsOfType("Actor").filter((id) => (store.node(id)!.attributes as { actorType: string }).actorType === "person");
    expect(kim).toEqual([actorId("Kim Jong-un")]);
    expect(articlesOf(store, kim[0]!)).toEqual(["0.txt", "1.txt", "2.txt"]);
  });

  it("never merges two people who share a surname but not a given name", () => {
    const store = buildTexts(["Boris Johnson said the vote was close.", "Ben Johnson said he would run again."]);
    const people = store.idsOfType("Actor").map((id) => (store.node(id)!.attributes as { name: string }).name).sort();
    expect(people).toEqual(["Ben Johnson", "Boris Johnson"]);
  });

  it("leaves a bare surname alone when two known people carry it", () => {
    const store = buildTexts(["Boris Johnson said the vote was close.", "Ben Johnson said he would run again.", "Mr Johnson said nothing more."]);
    expect(store.idsOfType("Actor").filter((id) => /johnson/.test(id))).toHaveLength(3);
  });

  it("gives a bare surname the full name whichever article comes first, and renames the node to it", () => {
    for (const texts of [["“We are ready,” Putin said.", "Vladimir Putin visited Minsk."], ["Vladimir Putin visited Minsk.", "“We are ready,” Putin said."]]) {
      const store = buildTexts(texts);
      expect(store.node(actorId("Putin"))).toBeUndefined();
      const putin = store.node(actorId("Vladimir Putin"))!.attributes as ActorAttributes;
      expect(putin.name).toBe("Vladimir Putin");
      expect(putin.aliases).toContain("Putin");
      expect(store.edgesAt(actorId("Vladimir Putin"), { edgeType: "SAID", direction: "out" })).toHaveLength(1);
    }
  });

  const actor = (actorType: ActorAttributes["actorType"]) => (id: string, name: string, aliases: string[], article: string): GraphDelta => ({
    article,
    nodes: [{ id, attributes: { type: "Actor", name, aliases, actorType, provenance: [{ article, start: 0, end: name.length }] } }],
    edges: [],
  });
  const org = actor("organization");
  const person = actor("person");

  it("does not count a description that ends in a surname as a second person carrying it", () => {
    const index = new ActorIndex();
    index.addDelta(person("actor:vladimir-putin", "Vladimir Putin", [], "a.txt"));
    index.addDelta(person("actor:spokesperson-for-putin", "Spokesperson for Putin", [], "b.txt"));
    index.addDelta(person("actor:putin", "Putin", [], "b.txt"));
    expect(index.targets().get("actor:putin")).toEqual({ id: "actor:vladimir-putin", name: "Vladimir Putin" });
  });

  it("joins an acronym and the full name it stands for, in either order, under the full name", () => {
    const full = org("actor:national-security-council", "National Security Council", ["NSC"], "a.txt");
    const short = org("actor:nsc", "NSC", [], "b.txt");
    for (const deltas of [[full, short], [short, full]]) {
      const index = new ActorIndex();
      for (const d of deltas) index.addDelta(d);
      expect(Object.fromEntries(index.targets())).toEqual({ "actor:nsc": { id: "actor:national-security-council", name: "National Security Council" } });
    }
  });

  it("keeps an actor of the graph added to under its own id", () => {
    const index = new ActorIndex();
    index.add("actor:putin", { name: "Putin", aliases: [], actorType: "person" }, true);
    index.addDelta(extract("Vladimir Putin visited Minsk.", "x.txt"));
    expect(index.targets().has("actor:putin")).toBe(false);
  });

  it("splits a delta into its actor part and the rest, which together are the delta", () => {
    const delta = extract("“We are ready,” Vladimir Putin said in Minsk on Monday.", "s.txt");
    const { rest, actors } = splitDelta(delta);
    expect(rest.nodes.some((n) => n.attributes.type === "Actor")).toBe(false);
    expect(rest.edges.every((e) => !e.source.startsWith("actor:") && !e.target.startsWith("actor:"))).toBe(true);
    expect(actors.nodes.length + rest.nodes.length).toBe(delta.nodes.length);
    expect(actors.edges.length + rest.edges.length).toBe(delta.edges.length);
    expect(actors.edges.length).toBeGreaterThan(0);
    expect(rewriteActors(actors, new Map())).toBe(actors);
  });
});

// Issue: seed 000 as a.txt and seed 001 as both b.txt and c.txt gave actor:vladimir-putin for a and b but
// actor:putin for c. Identical texts must resolve identically, whatever their order and company.
describe("cross-article resolution is independent of order", () => {
  const seeds = join(import.meta.dirname, "..", "..", "..", "..", "corpus", "seeds");
  const seed = (n: string) => readFileSync(join(seeds, n), "utf8");
  const pool = [
    seed("000_86ea664bd2d81578.txt"),
    seed("001_fb9d13d9a774a7f3.txt"),
    "Russian President Vladimir Putin met the National Security Council (NSC) on Monday.",
    "“We are ready,” Putin said. A spokesperson for Putin said the NSC would meet again.",
    "Mr Johnson said nothing more. Boris Johnson said the vote was close.",
    "Ben Johnson said he would run again.",
  ];
  const extracted = new Map<string, GraphDelta>();
  const cached = (text: number, id: string) => {
    const key = `${text}\u0000${id}`;
    if (!extracted.has(key)) extracted.set(key, extract(pool[text]!, id));
    return extracted.get(key)!;
  };

  it("resolves the same text in two files the same way", () => {
    const resolved = resolveActors([cached(0, "a.txt"), cached(1, "b.txt"), cached(1, "c.txt")]);
    expect(actorIdsOf(resolved[1]!)).toEqual(actorIdsOf(resolved[2]!));
    expect(actorIdsOf(resolved[2]!)).toContain("actor:vladimir-putin");
    expect(actorIdsOf(resolved[2]!)).not.toContain("actor:putin");
  });

  it("gives identical texts identical actors and the same graph bytes for any order of the articles", () => {
    const corpus = fc.uniqueArray(fc.record({ id: fc.constantFrom("a.txt", "b.txt", "c.txt", "d.txt"), text: fc.nat({ max: pool.length - 3 }) }), { minLength: 1, maxLength: 4, selector: (a) => a.id });
    fc.assert(
      fc.property(corpus, fc.infiniteStream(fc.nat()), (articles, randoms) => {
        const deltas = articles.map((a) => cached(a.text + 2, a.id));
        const shuffled = [...deltas].map((d) => [randoms.next().value, d] as const).sort((x, y) => x[0] - y[0]).map(([, d]) => d);
        const resolved = resolveActors(deltas);
        const textOf = new Map<string, number>(articles.map((a) => [a.id, a.text]));
        const actorsByText = new Map<number, string>();
        for (const delta of resolved) {
          const ids = actorIdsOf(delta).join(",");
          const text = textOf.get(delta.article)!;
          expect(actorsByText.get(text) ?? ids).toBe(ids);
          actorsByText.set(text, ids);
        }
        expect(stringifyGraph(build(shuffled).exportSync())).toBe(stringifyGraph(build(deltas).exportSync()));
      }),
      { numRuns: 40 },
    );
  });
});
