import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EventTypes, NodeTypes } from "@newsgraph/graph-model";
import { decodeUrlState, DEFAULT_URL_STATE, encodeUrlState, type UrlState } from "./url-state";

describe("url state", () => {
  it("round-trips every field, including ids with commas and ampersands", () => {
    const state: UrlState = {
      selected: "actor:a,b&c",
      mode: "who-said-what",
      sizeBy: "pagerank",
      filters: { nodeTypes: ["Actor", "Event"], eventTypes: ["attack"], articles: ["x,y.txt"], sources: ["A & B"], dateFrom: "2024-01-01", dateTo: "2024-12-31" },
      path: ["actor:x", "actor:y"],
      exploration: { root: "actor:x", expansions: ["actor:x", "event:1"] },
    };
    expect(decodeUrlState(`#${encodeUrlState(state)}`)).toEqual(state);
  });
  it("an empty hash is the default state, and the default state is an empty hash", () => {
    expect(decodeUrlState("")).toEqual(DEFAULT_URL_STATE);
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe("");
  });
  it("drops unknown types, bad dates and half paths", () => {
    const s = decodeUrlState("types=Actor,Bogus&events=attack,nope&from=yesterday&path=actor:x&mode=evil");
    expect(s.filters.nodeTypes).toEqual(["Actor"]);
    expect(s.filters.eventTypes).toEqual(["attack"]);
    expect(s.filters.dateFrom).toBeNull();
    expect(s.path).toBeNull();
    expect(s.mode).toBe("graph");
  });
  it("round-trips arbitrary ids and filters", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.subarray([...NodeTypes]), fc.subarray([...EventTypes]), fc.array(fc.string({ minLength: 1 })), (id, types, events, articles) => {
        const state: UrlState = { ...DEFAULT_URL_STATE, selected: id, filters: { ...DEFAULT_URL_STATE.filters, nodeTypes: types, eventTypes: events, articles } };
        expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
      }),
    );
  });
});
