// The GraphStore contract as a test suite: any store that passes it answers like every other store.
// It speaks only through the GraphStore interface, so it runs unchanged on the memory store and on Neo4j.
import { afterEach, describe, expect, it } from "vitest";
import { InvalidDeltaError, type GraphDelta } from "../delta";
import { stringifyGraph, type SerializedGraph } from "../serialize";
import type { GraphStore, StoredEdge, StoredNode } from "../store/types";
import { WIRE_A, WIRE_B, WIRE_IDS as ids, WIRE_TEXTS, wireDeltaA, wireDeltaB, wireDeltas } from "./wire-fixture";

export interface DescribeGraphStoreOptions {
  /** A reason to skip the whole suite (for example "no Neo4j server configured"); falsy runs it. */
  skip?: string | false;
  /** Per-test timeout in milliseconds, for stores behind a network. */
  timeout?: number;
}

const ZERO = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const idsOf = (nodes: readonly StoredNode[]) => nodes.map((n) => n.id);
const sorted = (values: readonly string[]) => [...values].sort();

/** The nodes within `hops` of `start` in an exported graph: the reference the store's ego subgraph must equal. */
function referenceEgo(graph: SerializedGraph, start: string, hops: number, edgeTypes?: readonly string[]): string[] {
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 0; depth < hops; depth++) {
    const next: string[] = [];
    for (const e of graph.edges) {
      if (edgeTypes && !edgeTypes.includes(e.attributes.type)) continue;
      for (const [from, to] of [[e.source, e.target], [e.target, e.source]] as const) {
        if (frontier.includes(from) && !seen.has(to)) {
          seen.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return sorted([...seen]);
}

/**
 * Registers the GraphStore conformance tests. `factory` must give a fresh, empty store on every call;
 * the suite closes each store it made.
 */
export function describeGraphStore(name: string, factory: () => Promise<GraphStore>, options: DescribeGraphStoreOptions = {}): void {
  describe.skipIf(Boolean(options.skip))(`GraphStore conformance: ${name}${options.skip ? ` (skipped: ${options.skip})` : ""}`, () => {
    const open: GraphStore[] = [];
    const fresh = async (): Promise<GraphStore> => {
      const store = await factory();
      open.push(store);
      return store;
    };
    const loaded = async (deltas: GraphDelta[] = wireDeltas()): Promise<GraphStore> => {
      const store = await fresh();
      for (const delta of deltas) await store.apply(delta);
      return store;
    };
    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
    });
    const test = (title: string, fn: () => Promise<void>) => it(title, fn, options.timeout);

    describe("apply", () => {
      test("starts empty", async () => {
        const store = await fresh();
        const counts = await store.counts();
        expect(counts.totalNodes).toBe(0);
        expect(counts.totalEdges).toBe(0);
        expect((await store.export()).nodes).toEqual([]);
      });

      test("creates every node and edge of a first delta", async () => {
        const store = await fresh();
        const delta = wireDeltaA();
        expect(await store.apply(delta)).toEqual({ nodesCreated: delta.nodes.length, nodesUpdated: 0, edgesCreated: delta.edges.length, edgesUpdated: 0 });
        expect(await store.apply(wireDeltaB())).toEqual({ nodesCreated: 7, nodesUpdated: 4, edgesCreated: 18, edgesUpdated: 0 });
      });

      test("is idempotent: the same delta twice changes nothing the second time", async () => {
        const store = await loaded();
        const before = stringifyGraph(await store.export());
        expect(await store.apply(wireDeltaA())).toEqual(ZERO);
        expect(await store.apply(wireDeltaB())).toEqual(ZERO);
        expect(stringifyGraph(await store.export())).toBe(before);
      });

      test("counts nodes and edges by type", async () => {
        const counts = await (await loaded()).counts();
        expect(counts.nodes).toEqual({ Actor: 7, Agreement: 1, Article: 2, Event: 2, Place: 2, Statement: 5 });
        expect(counts.edges).toEqual({ ABOUT: 6, LOCATED_IN: 2, MENTIONED_IN: 12, PARTICIPATED_IN: 3, PARTY_TO: 2, REPORTED_IN: 9, SAID: 5 });
        expect(counts.totalNodes).toBe(19);
        expect(counts.totalEdges).toBe(39);
      });

      test("rejects an invalid delta with InvalidDeltaError naming the record, and writes nothing", async () => {
        const store = await loaded([wireDeltaA()]);
        const before = stringifyGraph(await store.export());
        const bad = wireDeltaB();
        const statement = bad.nodes.find((n) => n.id === ids.revived)!;
        statement.attributes = { ...statement.attributes, kind: "shouted" } as never;
        const error = await store.apply(bad).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidDeltaError);
        expect((error as Error).message).toContain(ids.revived);
        expect(stringifyGraph(await store.export())).toBe(before);
      });

      test("rejects edges to nodes that exist nowhere, and provenance outside the delta's article", async () => {
        const store = await fresh();
        const dangling = wireDeltaA();
        dangling.edges.push({ source: "actor:nobody", target: ids.surrender, attributes: { type: "SAID", provenance: [{ article: WIRE_A, start: 0, end: 4 }] } });
        await expect(store.apply(dangling)).rejects.toThrow(/actor:nobody/);
        const elsewhere = wireDeltaA();
        const russia = elsewhere.nodes.find((n) => n.id === ids.russia)!;
        russia.attributes = { ...russia.attributes, provenance: [{ article: WIRE_B, start: 0, end: 4 }] } as never;
        await expect(store.apply(elsewhere)).rejects.toThrow(InvalidDeltaError);
        expect((await store.counts()).totalNodes).toBe(0);
      });

      test("rejects a delta that turns an existing node into another type", async () => {
        const store = await loaded([wireDeltaA()]);
        const before = stringifyGraph(await store.export());
        const delta: GraphDelta = {
          article: WIRE_B,
          nodes: [{ id: ids.russia, attributes: { type: "Place", name: "Russia", provenance: [{ article: WIRE_B, start: 174, end: 180 }] } }],
          edges: [],
        };
        await expect(store.apply(delta)).rejects.toThrow(InvalidDeltaError);
        expect(stringifyGraph(await store.export())).toBe(before);
      });
    });

    describe("merging across articles", () => {
      test("keeps the first canonical name and turns other spellings into aliases", async () => {
        const node = await (await loaded()).getNode(ids.zelenskiy);
        expect(node?.attributes).toMatchObject({ type: "Actor", name: "Volodymyr Zelenskiy", actorType: "person" });
        expect(sorted((node!.attributes as { aliases: string[] }).aliases)).toEqual(["Zelenskiy", "Zelensky"]);
        expect(sorted((node!.attributes as { roles: string[] }).roles)).toEqual(["President", "President of Ukraine"]);
      });

      test("unions provenance: every mention in every article is kept, and each span holds its words", async () => {
        const store = await loaded();
        const zelenskiy = (await store.getNode(ids.zelenskiy))!.attributes as { provenance: { article: string; start: number; end: number }[] };
        expect(zelenskiy.provenance.map((p) => WIRE_TEXTS[p.article]!.slice(p.start, p.end))).toEqual(["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky"]);
        const graph = await store.export();
        for (const item of [...graph.nodes, ...graph.edges]) {
          for (const p of (item.attributes as { provenance?: { article: string; start: number; end: number }[] }).provenance ?? []) {
            expect(p.end, `${item.key}`).toBeLessThanOrEqual(WIRE_TEXTS[p.article]!.length);
          }
        }
        const mentions = await store.edgesOf(ids.russia, { edgeType: "MENTIONED_IN" });
        expect(mentions.map((e) => e.target)).toEqual([ids.articleA, ids.articleB]);
      });

      test("keeps a stated agreement status over a later unknown one", async () => {
        const deal = await (await loaded()).getNode(ids.grainDeal);
        expect(deal?.attributes).toMatchObject({ status: "not_restored", agreementType: "deal" });
        expect((deal!.attributes as { provenance: unknown[] }).provenance).toHaveLength(2);
      });

      test("holds the same nodes, edges and provenance whatever the order the articles arrive in", async () => {
        const forward = await loaded([wireDeltaA(), wireDeltaB()]);
        const backward = await loaded([wireDeltaB(), wireDeltaA()]);
        const [f, b] = [await forward.export(), await backward.export()];
        expect(b.nodes.map((n) => n.key)).toEqual(f.nodes.map((n) => n.key));
        expect(b.edges).toEqual(f.edges);
        const provenance = (g: SerializedGraph) => g.nodes.map((n) => (n.attributes as { provenance?: unknown }).provenance);
        expect(provenance(b)).toEqual(provenance(f));
      });
    });

    describe("reading", () => {
      test("getNode returns the node, or undefined for an unknown id", async () => {
        const store = await loaded();
        expect((await store.getNode(ids.kyiv))?.attributes).toMatchObject({ type: "Place", name: "Kyiv", placeType: "city" });
        expect((await store.getNode(ids.articleB))?.attributes).toMatchObject({ type: "Article", name: WIRE_B, source: "AP" });
        expect(await store.getNode("actor:nobody")).toBeUndefined();
      });

      test("neighbors follow edge type and direction", async () => {
        const store = await loaded();
        expect(idsOf(await store.neighbors(ids.zelenskiy, { edgeType: "SAID", direction: "out" }))).toEqual(sorted([ids.drones, ids.surrender]));
        expect(await store.neighbors(ids.zelenskiy, { edgeType: "SAID", direction: "in" })).toEqual([]);
        expect(idsOf(await store.neighbors(ids.surrender, { edgeType: "SAID", direction: "in" }))).toEqual([ids.zelenskiy]);
        expect(idsOf(await store.neighbors(ids.russia, { edgeType: "ABOUT", direction: "in" }))).toEqual(sorted([ids.drones, ids.readyToHost]));
        expect(idsOf(await store.neighbors(ids.russia, { direction: "out" }))).toEqual(sorted([ids.droneAttack, ids.articleA, ids.articleB]));
        expect(idsOf(await store.neighbors(ids.zelenskiy, { edgeType: ["SAID", "PARTICIPATED_IN"] }))).toEqual(sorted([ids.drones, ids.surrender, ids.ankaraTalks]));
      });

      test("neighbors filter by the other node's type, and return each neighbour once", async () => {
        const store = await loaded();
        expect(idsOf(await store.neighbors(ids.zelenskiy, { nodeType: "Article" }))).toEqual([ids.articleA, ids.articleB]);
        expect(idsOf(await store.neighbors(ids.zelenskiy, { nodeType: ["Event", "Statement"] }))).toEqual(sorted([ids.ankaraTalks, ids.drones, ids.surrender]));
        expect(idsOf(await store.neighbors(ids.grainDeal, { direction: "in", nodeType: "Actor" }))).toEqual(sorted([ids.turkey, ids.un]));
        expect(await store.neighbors("actor:nobody")).toEqual([]);
      });

      test("edgesOf returns whole edges with their keys and roles, sorted by key", async () => {
        const store = await loaded();
        const partyTo = await store.edgesOf(ids.turkey, { edgeType: "PARTY_TO" });
        expect(partyTo).toEqual([
          { key: `PARTY_TO|${ids.turkey}|${ids.grainDeal}|mediator`, source: ids.turkey, target: ids.grainDeal, attributes: expect.objectContaining({ type: "PARTY_TO", role: "mediator" }) },
        ]);
        const talks = await store.edgesOf(ids.ankaraTalks, { edgeType: "PARTICIPATED_IN", direction: "in" });
        expect(talks.map((e) => [e.source, (e.attributes as { role: string }).role])).toEqual([
          [ids.erdogan, "agent"],
          [ids.zelenskiy, "participant"],
        ]);
        const all = await store.edgesOf(ids.zelenskiy);
        expect(all.map((e) => e.key)).toEqual(sorted(all.map((e) => e.key)));
        expect(all.map((e) => e.attributes.type).sort()).toEqual(["MENTIONED_IN", "MENTIONED_IN", "PARTICIPATED_IN", "SAID", "SAID"]);
      });

      test("findByType lists a type's nodes sorted by id", async () => {
        const store = await loaded();
        expect(idsOf(await store.findByType("Statement"))).toEqual(sorted([ids.drones, ids.surrender, ids.notRestored, ids.readyToHost, ids.revived]));
        expect(idsOf(await store.findByType("Place"))).toEqual([ids.ankara, ids.kyiv]);
        const actors = await store.findByType("Actor");
        expect(actors).toHaveLength(7);
        expect(actors.every((a) => a.attributes.type === "Actor")).toBe(true);
      });

      test("findByName matches the normalized name or any alias, whatever the case, accents or possessive", async () => {
        const store = await loaded();
        for (const name of ["Volodymyr Zelenskiy", "ZELENSKY", "zelenskiy", "Zelensky's", "Zelensky’s"]) {
          expect(idsOf(await store.findByName(name)), name).toEqual([ids.zelenskiy]);
        }
        expect(idsOf(await store.findByName("Erdoğan"))).toEqual([ids.erdogan]);
        expect(idsOf(await store.findByName("black sea grain initiative"))).toEqual([ids.grainDeal]);
        expect(idsOf(await store.findByName("Turkey", { type: "Actor" }))).toEqual([ids.turkey]);
        expect(await store.findByName("Turkey", { type: "Place" })).toEqual([]);
        expect(await store.findByName("Zelen")).toEqual([]);
      });

      test("findByArticle lists the nodes mentioned in an article and the article itself", async () => {
        const store = await loaded();
        expect(idsOf(await store.findByArticle(WIRE_B))).toEqual(
          sorted([ids.articleB, ids.erdogan, ids.zelenskiy, ids.ukraine, ids.turkey, ids.russia, ids.grainDeal, ids.ankara, ids.ankaraTalks, ids.readyToHost, ids.revived]),
        );
        const inA = idsOf(await store.findByArticle(WIRE_A));
        expect(inA).toHaveLength(12);
        expect(inA).toContain(ids.kremlin);
        expect(inA).not.toContain(ids.erdogan);
        expect(await store.findByArticle("wire-z.txt")).toEqual([]);
      });

      test("nodes() and edges() iterate everything, sorted by id and key, as export() holds it", async () => {
        const store = await loaded();
        const nodes = await collect(store.nodes());
        const edges: StoredEdge[] = await collect(store.edges());
        const graph = await store.export();
        expect(nodes.map((n) => n.id)).toEqual(sorted(nodes.map((n) => n.id)));
        expect(edges.map((e) => e.key)).toEqual(sorted(edges.map((e) => e.key)));
        expect(nodes).toEqual(graph.nodes.map((n) => ({ id: n.key, attributes: n.attributes })));
        expect(edges).toEqual(graph.edges);
      });
    });

    describe("subgraphs", () => {
      test("ego network of one hop: the node, its neighbours and the edges among them", async () => {
        const store = await loaded();
        const ego = await store.subgraph({ ego: { id: ids.erdogan, hops: 1 } });
        expect(ego.nodes.map((n) => n.key)).toEqual(sorted([ids.erdogan, ids.articleB, ids.ankaraTalks, ids.readyToHost, ids.revived]));
        expect(ego.edges.map((e) => e.attributes.type).sort()).toEqual(["MENTIONED_IN", "PARTICIPATED_IN", "REPORTED_IN", "REPORTED_IN", "REPORTED_IN", "SAID", "SAID"]);
      });

      test("ego network of two hops, and restricted to some edge types", async () => {
        const store = await loaded();
        const graph = await store.export();
        const ego = await store.subgraph({ ego: { id: ids.erdogan, hops: 2 } });
        const keys = ego.nodes.map((n) => n.key);
        expect(keys).toEqual(referenceEgo(graph, ids.erdogan, 2));
        expect(keys).toEqual(sorted([ids.erdogan, ids.articleB, ids.ankaraTalks, ids.readyToHost, ids.revived, ids.zelenskiy, ids.ukraine, ids.turkey, ids.russia, ids.ankara, ids.grainDeal]));
        const inside = new Set(keys);
        expect(ego.edges).toEqual(graph.edges.filter((e) => inside.has(e.source) && inside.has(e.target)));
        const spoken = await store.subgraph({ ego: { id: ids.erdogan, hops: 2, edgeTypes: ["SAID", "ABOUT"] } });
        expect(spoken.nodes.map((n) => n.key)).toEqual(sorted([ids.erdogan, ids.readyToHost, ids.revived, ids.russia, ids.ukraine, ids.grainDeal]));
      });

      test("node-set subgraph keeps the given nodes and only the edges between them", async () => {
        const store = await loaded();
        const sub = await store.subgraph({ nodes: [ids.revived, ids.erdogan, ids.zelenskiy, "actor:nobody"] });
        expect(sub.nodes.map((n) => n.key)).toEqual(sorted([ids.erdogan, ids.revived, ids.zelenskiy]));
        expect(sub.edges.map((e) => e.key)).toEqual([`SAID|${ids.erdogan}|${ids.revived}`]);
        expect((await store.subgraph({ ego: { id: "actor:nobody", hops: 2 } })).nodes).toEqual([]);
      });
    });

    describe("export", () => {
      test("is deterministic: the same deltas give byte-identical files on two stores", async () => {
        const first = stringifyGraph(await (await loaded()).export());
        const second = stringifyGraph(await (await loaded()).export());
        expect(second).toBe(first);
        expect(first).toContain(`"key":"${ids.zelenskiy}"`);
      });

      test("holds the contract's graph form, sorted by key", async () => {
        const graph = await (await loaded()).export();
        expect(graph.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
        expect(graph.nodes.map((n) => n.key)).toEqual(sorted(graph.nodes.map((n) => n.key)));
        expect(graph.edges.map((e) => e.key)).toEqual(sorted(graph.edges.map((e) => e.key)));
        expect(graph.nodes).toHaveLength(19);
        expect(graph.edges).toHaveLength(39);
      });
    });
  });
}
