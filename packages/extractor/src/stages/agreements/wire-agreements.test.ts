// Agreements in wire copy from outlets the extractor was not developed on.
import { describe, expect, it } from "vitest";
import { annotate } from "../../testing/annotate";

const agreements = (text: string) => {
  const doc = annotate(text);
  const name = (k: string) => doc.get("actors").actors.find((a) => a.key === k)?.name;
  return doc.get("agreements").agreements.map((a) => ({ name: a.name, status: a.status, parties: a.parties.map((p) => `${name(p.actor)}:${p.role}`).sort() }));
};

describe("agreements: parties, mediators and sources", () => {
  it("makes armed groups that agree parties, and a country that only announces it no party", () => {
    const found = agreements("Hezbollah and Israel have agreed to a 60-day truce, Egypt's foreign ministry said on Tuesday.");
    expect(found).toEqual([{ name: "Hezbollah–Israel ceasefire", status: "reached", parties: ["Hezbollah:party", "Israel:party"] }]);
  });

  it("makes the countries that broker it mediators and a back reference the same agreement", () => {
    const found = agreements("Ethiopia and Eritrea signed a ceasefire in Nairobi. The agreement, brokered by the United Arab Emirates and Norway, takes effect on Monday.");
    expect(found).toHaveLength(1);
    expect(found[0]!.parties).toEqual(["Eritrea:party", "Ethiopia:party", "Norway:mediator", "United Arab Emirates:mediator"]);
  });

  it("reads 'an agreement … to extend the truce' as the truce itself", () => {
    const found = agreements("Officials announced that an agreement had been reached to extend the truce between Armenia and Azerbaijan.");
    expect(found.map((a) => a.name)).toEqual(["Armenia–Azerbaijan ceasefire"]);
  });

  it("does not make a leader's country a party when the leader only comments on the deal", () => {
    const found = agreements("Spain and Morocco signed a fishing pact. German Chancellor Lena Vogt defended the deal.");
    expect(found).toHaveLength(1);
    expect(found[0]!.parties).toEqual(["Morocco:party", "Spain:party"]);
  });

  it("reads a company's agreement to buy another as a deal between them, apart from an earlier named one", () => {
    const found = agreements("Veltrana Corp agreed on Monday to acquire Danish chipmaker Orvik Systems, its biggest purchase since the Kestrel deal. The acquisition still needs approval from regulators in Brussels and Washington.");
    const deal = found.find((a) => a.parties.length);
    expect(deal).toEqual({ name: "Orvik Systems–Veltrana acquisition deal", status: "reached", parties: ["Orvik Systems:party", "Veltrana:party"] });
    expect(found.map((a) => a.name)).toContain("Kestrel deal");
  });
});
