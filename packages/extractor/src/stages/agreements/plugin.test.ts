import { describe, expect, it } from "vitest";
import { validateDelta } from "@newsgraph/graph-model";
import { extractArticle } from "../../extract";

const text = [
  "Armenia and Azerbaijan sign peace treaty",
  "Armenia and Azerbaijan signed a peace treaty in Washington on Friday, ending decades of conflict.",
  "\"The treaty opens a new chapter,\" Armenian Prime Minister Nikol Pashinyan said.",
].join("\n");

describe("agreements stage", () => {
  it("emits one agreement with every mention, parties, the article link and ABOUT from the statement", () => {
    const delta = extractArticle({ id: "wire-peace.txt", text, origin: "test" });
    expect(validateDelta(delta).filter((p) => /Agreement|PARTY_TO|ABOUT/.test(p))).toEqual([]);
    const agreements = delta.nodes.filter((n) => n.attributes.type === "Agreement");
    expect(agreements.map((a) => a.id)).toEqual(["agreement:armenia-azerbaijan-treaty"]);
    const [treaty] = agreements;
    expect(treaty!.attributes).toMatchObject({ name: "Armenia–Azerbaijan treaty", agreementType: "treaty", status: "signed" });
    const spans = (treaty!.attributes as { provenance: { start: number; end: number }[] }).provenance.map((p) => text.slice(p.start, p.end));
    expect(spans).toEqual([
      "Armenia and Azerbaijan sign peace treaty",
      "Armenia and Azerbaijan signed a peace treaty in Washington on Friday, ending decades of conflict.",
      "\"The treaty opens a new chapter,\" Armenian Prime Minister Nikol Pashinyan said.",
    ]);
    const parties = delta.edges.filter((e) => e.attributes.type === "PARTY_TO" && e.target === treaty!.id).map((e) => e.source).sort();
    expect(parties).toEqual(["actor:armenia", "actor:azerbaijan"]);
    expect(delta.edges.some((e) => e.attributes.type === "REPORTED_IN" && e.source === treaty!.id && e.target === "article:wire-peace.txt")).toBe(true);
    const about = delta.edges.filter((e) => e.attributes.type === "ABOUT" && e.target === treaty!.id);
    expect(about.map((e) => (e.attributes.provenance as { start: number; end: number }[]).map((p) => text.slice(p.start, p.end)))).toEqual([["treaty"]]);
  });
});
