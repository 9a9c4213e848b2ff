import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EventTypes, NodeTypes } from "@newsgraph/graph-model";
import { checkUrlState, decodeUrlState, DEFAULT_URL_STATE, encodeUrlState, type UrlState } from "./url-state";

describe("url state", () => {
  it("round-trips every field, including ids with commas and ampersands", () => {
    const state: UrlState = {
      selected: "actor:a,b&c",
      mode: "graph",
      hops: 2,
      sizeBy: "pagerank",
      filters: { nodeTypes: ["Actor", "Event"], eventTypes: ["attack"], articles: ["x,y.txt"], sources: ["A & B"], dateFrom: "2024-01-01", dateTo: "2024-12-31" },
      path: ["actor:x", "actor:y"],
      exploration: { root: "actor:x", expansions: [{ node: "actor:x", hops: 1 }, { node: "event:1@x", hops: 3 }] },
    };
    expect(decodeUrlState(`#${encodeUrlState(state)}`)).toEqual({ ...state, problems: [] });
  });
  it("an empty hash is the default state, and the default state is an empty hash", () => {
    expect(decodeUrlState("")).toEqual({ ...DEFAULT_URL_STATE, problems: [] });
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe("");
  });
  it("drops unknown types, bad dates and half paths", () => {
    const s = decodeUrlState("types=Actor,Bogus&events=attack,nope&from=yesterday&path=actor:x&mode=evil");
    expect(s.filters.nodeTypes).toEqual(["Actor"]);
    expect(s.filters.eventTypes).toEqual(["attack"]);
    expect(s.filters.dateFrom).toBeNull();
    expect(s.path).toBeNull();
    expect(s.mode).toBe("spoke");
    expect(s.problems).toEqual(expect.arrayContaining([expect.stringContaining("Bogus"), expect.stringContaining("nope"), expect.stringContaining("yesterday")]));
  });
  it("survives malformed percent-encoding and ignores a list of only unknown types", () => {
    const s = decodeUrlState("#articles=%25&sources=ok,%E0%A4%A&types=Foo&hops=9");
    expect(s.filters.articles).toBeNull();
    expect(s.filters.sources).toEqual(["ok"]);
    expect(s.filters.nodeTypes).toBeNull();
    expect(s.hops).toBe(1);
    expect(s.problems.length).toBe(3);
    expect(decodeUrlState("#types=").filters.nodeTypes).toEqual([]);
  });
  it("drops unknown nodes with a notice and keeps the ones the graph has", () => {
    const has = (id: string) => id === "actor:known";
    const s = checkUrlState(decodeUrlState("#root=zzz&node=actor:known&path=actor:known,zzz"), has);
    expect(s.exploration).toBeNull();
    expect(s.selected).toBe("actor:known");
    expect(s.path).toBeNull();
    expect(s.problems.join(" ")).toContain("zzz");
    const kept = checkUrlState(decodeUrlState(`#root=actor:known&expand=${encodeURIComponent("actor:known")}@2,zzz`), has);
    expect(kept.exploration).toEqual({ root: "actor:known", expansions: [{ node: "actor:known", hops: 2 }] });
  });
  it("round-trips arbitrary ids and filters", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.subarray([...NodeTypes]), fc.subarray([...EventTypes]), fc.array(fc.string({ minLength: 1 })), (id, types, events, articles) => {
        const state: UrlState = { ...DEFAULT_URL_STATE, selected: id, filters: { ...DEFAULT_URL_STATE.filters, nodeTypes: types, eventTypes: events, articles } };
        expect(decodeUrlState(encodeUrlState(state))).toEqual({ ...state, problems: [] });
      }),
    );
  });
});
