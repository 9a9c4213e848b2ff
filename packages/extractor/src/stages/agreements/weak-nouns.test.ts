import { describe, expect, it } from "vitest";
import { segment } from "../../document/segment";
import { extractAgreements } from "./extract-agreements";

const agreements = (text: string) => extractAgreements({ text, sentences: segment(text).sentences }).map((a) => [a.name, a.status]);

describe("agreements: nouns that are also ordinary words", () => {
  it("reads a protocol or compact as an agreement when the clause states what became of it", () => {
    expect(agreements("Kenya and Ethiopia concluded a border protocol in Nairobi.")).toEqual([["Ethiopia–Kenya agreement", "reached"]]);
    expect(agreements("Brazil and Argentina initialled a compact on river shipping.")).toEqual([["Argentina–Brazil pact", "signed"]]);
  });

  it("leaves them alone otherwise", () => {
    expect(agreements("Staff followed the security protocol during the drill.")).toEqual([]);
  });

  it("reads a peace settlement as the deal being negotiated", () => {
    expect(agreements("Norway and Chile are negotiating a peace settlement.")).toEqual([["Chile–Norway peace deal", "under_negotiation"]]);
  });
});
