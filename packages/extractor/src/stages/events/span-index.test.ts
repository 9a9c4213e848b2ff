import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SpanIndex } from "./span-index";

const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));

describe("SpanIndex", () => {
  it("finds the spans inside a span, by start, as a filter over all of them would", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (items, query) => {
        const index = new SpanIndex(items);
        const inside = items.filter((s) => s.start >= query.start && s.end <= query.end);
        expect(index.withinInInputOrder(query)).toEqual(inside);
        expect(index.within(query)).toEqual([...inside].sort((a, b) => a.start - b.start));
        // The same objects, not copies: callers compare them by identity.
        for (const s of index.within(query)) expect(items).toContain(s);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("finds the spans that contain a span, in input order", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (items, query) => {
        const index = new SpanIndex(items);
        const containing = items.flatMap((s, i) => (s.start <= query.start && s.end >= query.end ? [i] : []));
        expect(index.containingOrders(query)).toEqual(containing);
        expect(index.anyContaining(query)).toBe(containing.length > 0);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it("sees a long span that starts well before shorter ones", () => {
    const index = new SpanIndex([{ start: 0, end: 100 }, { start: 10, end: 12 }, { start: 20, end: 22 }]);
    expect(index.containingOrders({ start: 50, end: 60 })).toEqual([0]);
    expect(index.anyContaining({ start: 95, end: 101 })).toBe(false);
  });
});
