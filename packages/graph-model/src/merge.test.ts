import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeAddsNothing, mergeEdgeAttributes, mergeEdgeInto, mergeNodeAttributes, mergeNodeInto, normalizeEdgeAttributes, normalizeNodeAttributes, ownedCopy, sameJson } from "./merge";
import type { ActorAttributes, AgreementAttributes, NodeAttributes, PlaceAttributes, Provenance } from "./schema/generated";

const span = (article: string, start: number, end: number): Provenance => ({ article, start, end });
const key = (p: Provenance) => `${p.article}:${p.start}-${p.end}`;

const provenanceArb = fc
  .record({ article: fc.constantFrom("a.txt", "b.txt", "c.txt"), start: fc.nat(500), length: fc.nat(40) })
  .map(({ article, start, length }) => span(article, start, start + length));
const nameArb = fc.constantFrom("Kim Jong Un", "Kim Jong-un", "KIM JONG UN", "Kim", "Supreme Leader Kim");
const actorArb: fc.Arbitrary<ActorAttributes> = fc.record(
  {
    type: fc.constant("Actor" as const),
    name: nameArb,
    aliases: fc.array(nameArb, { maxLength: 3 }),
    actorType: fc.constantFrom("person" as const, "group" as const),
    roles: fc.array(fc.constantFrom("leader", "chairman", "general secretary"), { maxLength: 2 }),
    affiliation: fc.constantFrom("North Korea", ""),
    provenance: fc.array(provenanceArb, { maxLength: 6 }),
  },
  { requiredKeys: ["type", "name", "aliases", "actorType", "provenance"] },
);

const actor = (name: string, aliases: string[], provenance: Provenance[], extra: Partial<ActorAttributes> = {}): ActorAttributes => ({
  type: "Actor",
  name,
  aliases,
  actorType: "person",
  provenance,
  ...extra,
});

describe("mergeNodeAttributes", () => {
  it("keeps the canonical name and turns an incoming different name into an alias", () => {
    const merged = mergeNodeAttributes(actor("Volodymyr Zelenskiy", ["Zelenskiy"], [span("a.txt", 0, 19)]), actor("Zelensky", [], [span("b.txt", 5, 13)])) as ActorAttributes;
    expect(merged.name).toBe("Volodymyr Zelenskiy");
    expect(merged.aliases).toEqual(["Zelenskiy", "Zelensky"]);
    expect(merged.provenance).toEqual([span("a.txt", 0, 19), span("b.txt", 5, 13)]);
  });

  it("never lists the canonical name among the aliases", () => {
    const merged = mergeNodeAttributes(actor("Kim Jong Un", [], []), actor("Kim", ["Kim Jong Un"], [])) as ActorAttributes;
    expect(merged.aliases).toEqual(["Kim"]);
  });

  it("unions roles and keeps a value already set over a new one, but fills what is unset", () => {
    const merged = mergeNodeAttributes(
      actor("Sergei Sobyanin", [], [], { roles: ["Mayor of Moscow"], affiliation: "Russia" }),
      actor("Sergei Sobyanin", [], [], { roles: ["mayor"], affiliation: "Moscow", country: "RU" }),
    ) as ActorAttributes;
    expect(merged.roles).toEqual(["Mayor of Moscow", "mayor"]);
    expect(merged.affiliation).toBe("Russia");
    expect(merged.country).toBe("RU");
  });

  it("replaces an unknown agreement status with a stated one and keeps the status history whole", () => {
    const deal = (status: AgreementAttributes["status"], history: string[]): AgreementAttributes => ({ type: "Agreement", name: "Grain deal", agreementType: "deal", status, statusHistory: history, provenance: [] });
    const merged = mergeNodeAttributes(deal("unknown", []), deal("suspended", ["2023-07-17:suspended"])) as AgreementAttributes;
    expect(merged.status).toBe("suspended");
    expect(merged.statusHistory).toEqual(["2023-07-17:suspended"]);
    expect((mergeNodeAttributes(merged, deal("signed", ["signed"])) as AgreementAttributes).statusHistory).toEqual(["2023-07-17:suspended", "signed"]);
  });

  it("keeps another spelling of a place as an alias, even when neither record had aliases", () => {
    const place = (name: string): PlaceAttributes => ({ type: "Place", name, provenance: [span("a.txt", 0, 4)] });
    expect(mergeNodeAttributes(place("Kyiv"), place("KYIV"))).toEqual({ ...place("Kyiv"), aliases: ["KYIV"] });
    expect(mergeNodeAttributes(place("Kyiv"), place("Kyiv"))).toEqual(place("Kyiv"));
  });

  it("takes the largest figure for each event count", () => {
    const event = (counts: Record<string, number>): NodeAttributes => ({ type: "Event", eventType: "attack", label: "drones", article: "a.txt", counts, provenance: [] });
    expect(mergeNodeAttributes(event({ launched: 40, destroyed: 30 }), event({ destroyed: 35, killed: 2 }))).toMatchObject({ counts: { launched: 40, destroyed: 35, killed: 2 } });
  });

  it("refuses to merge records of two different types, naming the node", () => {
    expect(() => mergeNodeAttributes(actor("Kyiv", [], []), { type: "Place", name: "Kyiv", provenance: [] }, "actor:kyiv")).toThrow(/actor:kyiv.*Actor.*Place/);
  });

  it("property: merging never loses a provenance span, an alias or a role", () => {
    fc.assert(
      fc.property(actorArb, actorArb, (a, b) => {
        const merged = mergeNodeAttributes(a, b) as ActorAttributes;
        const spans = new Set(merged.provenance.map(key));
        for (const p of [...a.provenance, ...b.provenance]) expect(spans.has(key(p))).toBe(true);
        expect(merged.provenance.length).toBe(new Set([...a.provenance, ...b.provenance].map(key)).size);
        const names = new Set([merged.name, ...merged.aliases]);
        for (const n of [a.name, b.name, ...a.aliases, ...b.aliases]) expect(names.has(n)).toBe(true);
        for (const r of [...(a.roles ?? []), ...(b.roles ?? [])]) expect(merged.roles).toContain(r);
        expect(merged.name).toBe(a.name);
      }),
    );
  });

  it("property: merging a record into itself, or the same record twice, changes nothing", () => {
    fc.assert(
      fc.property(actorArb, actorArb, (a, b) => {
        const once = mergeNodeAttributes(a, b);
        expect(sameJson(mergeNodeAttributes(once, once), once)).toBe(true);
        expect(sameJson(mergeNodeAttributes(once, b), once)).toBe(true);
        expect(sameJson(mergeNodeAttributes(once, a), once)).toBe(true);
      }),
    );
  });

  it("property: mergeAddsNothing says exactly whether a merge into a stored record would change it", () => {
    fc.assert(
      fc.property(actorArb, actorArb, actorArb, (a, b, c) => {
        const stored = normalizeNodeAttributes(mergeNodeAttributes(a, b));
        expect(mergeAddsNothing(stored, c)).toBe(sameJson(mergeNodeAttributes(stored, c), stored));
        expect(mergeAddsNothing(stored, a)).toBe(true);
        expect(mergeAddsNothing(stored, b)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("property: merging in place into a stored record gives the merge, and leaves the record it was copied from alone", () => {
    fc.assert(
      fc.property(actorArb, actorArb, actorArb, (a, b, c) => {
        const stored = normalizeNodeAttributes(mergeNodeAttributes(a, b));
        const before = structuredClone(stored);
        const owned = ownedCopy(stored);
        mergeNodeInto(owned, c);
        expect(owned).toEqual(mergeNodeAttributes(stored, c));
        expect(stored).toEqual(before);
        // Merging the same record again changes nothing, as for the pure merge.
        const again = structuredClone(owned);
        mergeNodeInto(owned, c);
        expect(owned).toEqual(again);
      }),
      { numRuns: 300 },
    );
  });

  it("property: the provenance of a merge does not depend on the order", () => {
    fc.assert(
      fc.property(actorArb, actorArb, (a, b) => {
        const ab = mergeNodeAttributes(a, b) as ActorAttributes;
        const ba = mergeNodeAttributes(b, a) as ActorAttributes;
        expect(ab.provenance).toEqual(ba.provenance);
        expect(new Set([ab.name, ...ab.aliases])).toEqual(new Set([ba.name, ...ba.aliases]));
      }),
    );
  });
});

describe("mergeEdgeAttributes", () => {
  it("unions the provenance of two records of one edge", () => {
    const merged = mergeEdgeAttributes({ type: "SAID", provenance: [span("a.txt", 10, 20)] }, { type: "SAID", provenance: [span("a.txt", 0, 5), span("a.txt", 10, 20)] });
    expect(merged).toEqual({ type: "SAID", provenance: [span("a.txt", 0, 5), span("a.txt", 10, 20)] });
  });

  it("property: merging in place gives the merge for edges too", () => {
    const edgeArb = fc.record({ type: fc.constant("SAID" as const), provenance: fc.array(provenanceArb, { maxLength: 8 }) });
    fc.assert(
      fc.property(edgeArb, edgeArb, (a, b) => {
        const stored = normalizeEdgeAttributes(a);
        const owned = ownedCopy(stored);
        mergeEdgeInto(owned, b);
        expect(owned).toEqual(mergeEdgeAttributes(stored, b));
      }),
    );
  });

  it("keeps the first affiliation role", () => {
    const merged = mergeEdgeAttributes({ type: "AFFILIATED_WITH", role: "mayor", provenance: [] }, { type: "AFFILIATED_WITH", role: "head", provenance: [] });
    expect(merged).toMatchObject({ role: "mayor" });
  });
});

describe("sameJson", () => {
  it("compares plain values deeply, ignoring key order and undefined keys", () => {
    expect(sameJson({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: "1" })).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });
});
