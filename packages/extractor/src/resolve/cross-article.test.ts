import { describe, expect, it } from "vitest";
import { MemoryStore, actorId } from "@newsgraph/graph-model";
import { extractArticle } from "../extract";
import { resolveAcrossArticles } from "./cross-article";

function build(texts: string[]): MemoryStore {
  const store = new MemoryStore();
  texts.forEach((text, i) => store.applySync(resolveAcrossArticles(extractArticle({ id: `${i}.txt`, text, origin: `${i}.txt` }), store)));
  return store;
}

const articlesOf = (store: MemoryStore, id: string) => [...new Set((store.node(id)?.attributes as { provenance: { article: string }[] }).provenance.map((p) => p.article))];

describe("cross-article resolution", () => {
  it("merges spelling variants and a bare surname into one person with provenance from every article", () => {
    const store = build([
      "North Korean leader Kim Jong-un met officials on Monday.",
      "Kim Jong Un said the talks had gone well.",
      "Kim said later that he had left for Pyongyang.",
    ]);
    const kim = store.idsOfType("Actor").filter((id) => (store.node(id)!.attributes as { actorType: string }).actorType === "person");
    expect(kim).toEqual([actorId("Kim Jong-un")]);
    expect(articlesOf(store, kim[0]!)).toEqual(["0.txt", "1.txt", "2.txt"]);
  });

  it("never merges two people who share a surname but not a given name", () => {
    const store = build(["Boris Johnson said the vote was close.", "Ben Johnson said he would run again."]);
    const people = store.idsOfType("Actor").map((id) => (store.node(id)!.attributes as { name: string }).name).sort();
    expect(people).toEqual(["Ben Johnson", "Boris Johnson"]);
  });

  it("leaves a bare surname alone when two known people carry it", () => {
    const store = build(["Boris Johnson said the vote was close.", "Ben Johnson said he would run again.", "Mr Johnson said nothing more."]);
    const johnsons = store.idsOfType("Actor").filter((id) => /johnson/.test(id));
    expect(johnsons).toHaveLength(3);
  });

  it("rewrites the edges of a merged actor", () => {
    const store = build(["Vladimir Putin visited Minsk.", "“We are ready,” Putin said."]);
    const said = store.edgesAt(actorId("Vladimir Putin"), { edgeType: "SAID", direction: "out" });
    expect(said.map((e) => e.target)).toHaveLength(1);
    expect(store.node(actorId("Putin"))).toBeUndefined();
  });
});
