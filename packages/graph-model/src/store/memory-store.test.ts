import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actorId, articleNodeId, placeId, statementId } from "../ids";
import { DeltaBuilder, InvalidDeltaError, type GraphDelta, type NodeRecord } from "../delta";
import { stringifyGraph } from "../serialize";
import { describeGraphStore } from "../testing/describe-graph-store";
import { WIRE_A, WIRE_B, WIRE_IDS as ids, wireStore } from "../testing/wire-fixture";
import { MemoryStore } from "./memory-store";

describeGraphStore("MemoryStore", async () => new MemoryStore());

/** One article naming the same man three ways, as wire copy does. */
function kimDelta(): DeltaBuilder {
  const b = new DeltaBuilder("kim.txt");
  const id = actorId("Kim Jong Un");
  const mention = (start: number, end: number) => [{ article: "kim.txt", start, end }];
  b.addNode(articleNodeId("kim.txt"), { type: "Article", name: "kim.txt", contentHash: "00", text: "x".repeat(100) });
  b.addNode(id, { type: "Actor", name: "Kim Jong Un", aliases: [], actorType: "person", provenance: mention(0, 11) });
  b.addNode(id, { type: "Actor", name: "Kim Jong Un", aliases: ["Kim Jong-un"], actorType: "person", provenance: mention(20, 31) });
  b.addNode(placeId("Pyongyang"), { type: "Place", name: "Pyongyang", aliases: ["P'yŏngyang"], provenance: mention(40, 49) });
  b.addEdge(id, articleNodeId("kim.txt"), { type: "MENTIONED_IN", provenance: mention(0, 11) });
  return b;
}

describe("MemoryStore indexes", () => {
  it("finds a name whatever its case, hyphens, accents or typographic apostrophes", () => {
    const store = new MemoryStore();
    store.applySync(kimDelta().build());
    const kim = actorId("Kim Jong Un");
    for (const name of ["Kim Jong-un", "KIM JONG UN", "kim jong un", "Kim Jong‑un’s"]) expect(store.idsByName(name), name).toEqual([kim]);
    expect(store.idsByName("Pyongyang")).toEqual([placeId("Pyongyang")]);
    expect(store.idsByName("PYŎNGYANG")).toEqual([placeId("Pyongyang")]);
    expect(store.idsByName("Kim Jong", "Actor")).toEqual([]);
    expect(store.idsByName("Kim Jong Un", "Place")).toEqual([]);
  });

  it("indexes new aliases when a later article adds them, and keeps the old ones", () => {
    const store = wireStore();
    expect(store.idsByName("Zelensky")).toEqual([ids.zelenskiy]);
    expect(store.idsByName("Zelenskiy")).toEqual([ids.zelenskiy]);
    expect(store.idsByName("Volodymyr Zelenskiy")).toEqual([ids.zelenskiy]);
  });

  it("indexes by type and by article, including articles added by merges", () => {
    const store = wireStore();
    expect(store.idsOfType("Place")).toEqual([ids.ankara, ids.kyiv]);
    expect(store.idsOfType("Article")).toEqual([ids.articleA, ids.articleB]);
    expect(store.idsInArticle(WIRE_A)).toContain(ids.russia);
    expect(store.idsInArticle(WIRE_B)).toContain(ids.russia);
    expect(store.idsInArticle(WIRE_B)).toContain(ids.articleB);
    expect(store.idsInArticle(WIRE_B)).not.toContain(ids.kremlin);
  });

  it("rebuilds the same indexes from a serialized graph", () => {
    const store = wireStore();
    const copy = MemoryStore.fromSerialized(store.exportSync());
    expect(copy.idsByName("ZELENSKY")).toEqual([ids.zelenskiy]);
    expect(copy.idsOfType("Statement")).toEqual(store.idsOfType("Statement"));
    expect(copy.idsInArticle(WIRE_A)).toEqual(store.idsInArticle(WIRE_A));
    expect(stringifyGraph(copy.exportSync())).toBe(stringifyGraph(store.exportSync()));
  });
});

describe("MemoryStore traversal", () => {
  it("neighbours by edge type, direction and node type", () => {
    const store = wireStore();
    expect(store.neighborsOf(ids.grainDeal, { direction: "in", edgeType: "ABOUT" }).map((n) => n.id)).toEqual([ids.revived, ids.notRestored].sort());
    expect(store.neighborsOf(ids.grainDeal, { direction: "out" }).map((n) => n.id)).toEqual([ids.articleA, ids.articleB]);
    expect(store.neighborsOf(ids.grainDeal, { nodeType: "Actor" }).map((n) => n.id)).toEqual([ids.turkey, ids.un]);
    expect(store.edgesAt(ids.droneAttack, { edgeType: "LOCATED_IN" }).map((e) => e.target)).toEqual([ids.kyiv]);
  });

  it("ego ids grow with hops and stop at the component", () => {
    const store = wireStore();
    const one = store.egoIds(ids.kyiv, 1);
    expect(one).toEqual([ids.articleA, ids.droneAttack, ids.kyiv].sort());
    expect(store.egoIds(ids.kyiv, 2)).toEqual(store.idsInArticle(WIRE_A));
    const factual = ["LOCATED_IN", "PARTICIPATED_IN", "ABOUT"] as const;
    expect(store.egoIds(ids.kyiv, 2, factual)).toEqual([ids.drones, ids.droneAttack, ids.kyiv, ids.russia].sort());
    expect(store.egoIds(ids.kyiv, 0)).toEqual([ids.kyiv]);
    expect(store.egoIds(ids.kyiv, 50)).toHaveLength(19);
  });

  it("an induced subgraph holds only edges with both ends inside", () => {
    const store = wireStore();
    const sub = store.subgraphSync({ nodes: [ids.droneAttack, ids.kyiv, ids.russia] });
    expect(sub.edges.map((e) => e.attributes.type).sort()).toEqual(["LOCATED_IN", "PARTICIPATED_IN"]);
  });
});

describe("MemoryStore.applySync", () => {
  it("validates by default, naming the bad record", () => {
    const bad = kimDelta().build();
    bad.edges.push({ source: "actor:ghost", target: articleNodeId("kim.txt"), attributes: { type: "MENTIONED_IN", provenance: [] } });
    expect(() => new MemoryStore().applySync(bad)).toThrow(InvalidDeltaError);
    expect(() => new MemoryStore().applySync(bad)).toThrow("edge MENTIONED_IN actor:ghost -> article:kim.txt: source does not exist");
  });

  it("reports updates only when a merge changes something", () => {
    const store = new MemoryStore();
    store.applySync(kimDelta().build());
    const again = kimDelta();
    again.addNode(actorId("Kim Jong Un"), { type: "Actor", name: "Kim", aliases: [], actorType: "person", provenance: [{ article: "kim.txt", start: 60, end: 63 }] });
    expect(store.applySync(again.build())).toEqual({ nodesCreated: 0, nodesUpdated: 1, edgesCreated: 0, edgesUpdated: 0 });
    expect(store.idsByName("Kim")).toEqual([actorId("Kim Jong Un")]);
  });
});

/** Raw deltas as a careless extractor might write them: unsorted, repeated aliases and spans, one actor twice. */
const spanIn = (article: string) => fc.record({ start: fc.nat(300), length: fc.integer({ min: 1, max: 30 }) }).map(({ start, length }) => ({ article, start, end: start + length }));
const people = ["Kim Jong Un", "Moon Jae-in", "Xi Jinping"] as const;
const spellings: Record<string, string[]> = { "Kim Jong Un": ["Kim Jong Un", "Kim Jong-un", "KIM"], "Moon Jae-in": ["Moon Jae-in", "Moon"], "Xi Jinping": ["Xi Jinping", "Xi"] };
const deltaArb: fc.Arbitrary<GraphDelta> = fc.constantFrom("a.txt", "b.txt", "c.txt").chain((article) =>
  fc
    .record({
      actors: fc.array(fc.record({ who: fc.constantFrom(...people), spelling: fc.nat(2), aliases: fc.array(fc.nat(2), { maxLength: 3 }), spans: fc.array(spanIn(article), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 }),
      quotes: fc.array(fc.record({ speaker: fc.nat(3), words: fc.constantFrom("We will talk.", "No comment.", "Talks failed."), span: spanIn(article) }), { maxLength: 3 }),
    })
    .map(({ actors, quotes }) => {
      const pick = (who: string, i: number) => spellings[who]![i % spellings[who]!.length]!;
      const nodes: NodeRecord[] = [{ id: articleNodeId(article), attributes: { type: "Article", name: article, contentHash: article, text: "." } }];
      const edges: GraphDelta["edges"] = [];
      for (const a of actors) {
        nodes.push({ id: actorId(a.who), attributes: { type: "Actor", name: pick(a.who, a.spelling), aliases: a.aliases.map((i) => pick(a.who, i)), actorType: "person", provenance: a.spans } });
        edges.push({ source: actorId(a.who), target: articleNodeId(article), attributes: { type: "MENTIONED_IN", provenance: [...a.spans].reverse() } });
      }
      for (const q of quotes) {
        const id = statementId(article, q.words);
        nodes.push({ id, attributes: { type: "Statement", text: q.words, kind: "direct", article, provenance: [q.span, q.span] } });
        edges.push({ source: actorId(actors[q.speaker % actors.length]!.who), target: id, attributes: { type: "SAID", provenance: [q.span] } });
      }
      return { article, nodes, edges };
    }),
);

describe("MemoryStore properties", () => {
  it("applying the same deltas again changes nothing", () => {
    fc.assert(
      fc.property(fc.array(deltaArb, { minLength: 1, maxLength: 4 }), (deltas) => {
        const store = new MemoryStore();
        for (const d of deltas) store.applySync(d);
        const before = stringifyGraph(store.exportSync());
        for (const d of deltas) expect(store.applySync(d)).toEqual({ nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 });
        expect(stringifyGraph(store.exportSync())).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it("never loses a mention or a spelling", () => {
    fc.assert(
      fc.property(fc.array(deltaArb, { minLength: 1, maxLength: 4 }), (deltas) => {
        const store = new MemoryStore();
        for (const d of deltas) store.applySync(d);
        for (const d of deltas) {
          for (const n of d.nodes) {
            const stored = store.node(n.id)!.attributes as { provenance?: unknown[]; name?: string; aliases?: string[] };
            for (const p of (n.attributes as { provenance?: unknown[] }).provenance ?? []) expect(stored.provenance).toContainEqual(p);
            const name = (n.attributes as { name?: string }).name;
            if (n.attributes.type === "Actor") expect([stored.name, ...stored.aliases!]).toContain(name);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
