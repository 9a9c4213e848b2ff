import { describe, expect, it } from "vitest";
import { MemoryStore } from "@newsgraph/graph-model";
import { WIRE_A, WIRE_B, WIRE_IDS as ids, wireDeltas } from "@newsgraph/graph-model/testing";
import { resolveNode, selectSubgraph } from "./push-selection";

function wire(published?: Record<string, string>): MemoryStore {
  const store = new MemoryStore();
  for (const delta of wireDeltas()) {
    const date = published?.[delta.article];
    store.applySync(date ? { ...delta, nodes: delta.nodes.map((n) => (n.attributes.type === "Article" ? { ...n, attributes: { ...n.attributes, published: date } } : n)) } : delta);
  }
  return store;
}

const keys = (g: { nodes: { key: string }[] }) => g.nodes.map((n) => n.key);

describe("push selection", () => {
  it("without filters is the whole graph", () => {
    const store = wire();
    expect(selectSubgraph(store, {})).toEqual(store.exportSync());
  });

  it("--ego takes an id or a name or alias, and refuses unknown or ambiguous names", () => {
    const store = wire();
    expect(resolveNode(store, ids.erdogan)).toBe(ids.erdogan);
    expect(resolveNode(store, "Recep Tayyip Erdogan")).toBe(ids.erdogan);
    expect(() => resolveNode(store, "Nobody At All")).toThrow(/no node has the id or name "Nobody At All"/);
    const sub = selectSubgraph(store, { ego: "Recep Tayyip Erdogan", hops: 1 });
    expect(sub).toEqual(store.induced(store.egoIds(ids.erdogan, 1)));
  });

  it("--type keeps node types and event types, and names the valid ones when wrong", () => {
    const store = wire();
    const actors = selectSubgraph(store, { types: ["Actor"] });
    expect(keys(actors)).toEqual(store.idsOfType("Actor"));
    const talks = selectSubgraph(store, { types: ["meeting_talks", "Place"] });
    expect(keys(talks)).toEqual([...store.idsOfType("Place"), ids.ankaraTalks].sort());
    expect(() => selectSubgraph(store, { types: ["Actr"] })).toThrow(/--type Actr: not a node type \(Actor, .*\) or event type \(attack, /);
  });

  it("--article keeps what an article mentions; filters combine", () => {
    const store = wire();
    const b = selectSubgraph(store, { articles: [WIRE_B] });
    expect(keys(b)).toEqual(store.idsInArticle(WIRE_B));
    expect(keys(b)).not.toContain(ids.surrender);
    const both = selectSubgraph(store, { articles: [WIRE_B], types: ["Statement"] });
    expect(keys(both)).toEqual([ids.readyToHost, ids.revived].sort());
  });

  it("--since/--until keep dated statements, events and articles, with the actors and places linked to them", () => {
    const store = wire({ [WIRE_A]: "2025-06-03", [WIRE_B]: "2025-06-04" });
    const june4 = selectSubgraph(store, { since: "2025-06-04" });
    expect(keys(june4)).toContain(ids.revived);
    expect(keys(june4)).toContain(ids.erdogan);
    expect(keys(june4)).toContain(ids.ankara);
    expect(keys(june4)).not.toContain(ids.surrender);
    expect(keys(june4)).not.toContain(ids.kyiv);
    expect(keys(selectSubgraph(store, { until: "2025-06-02" }))).toEqual([]);
    expect(() => selectSubgraph(store, { since: "June 4" })).toThrow(/--since June 4: expected a date as YYYY-MM-DD/);
  });
});
