import { describe, expect, it } from "vitest";
import { annotate, actorNames } from "../../testing/annotate";

const actorsOf = (text: string) => annotate(text).get("actors").actors;

describe("actors: names", () => {
  it("keeps middle initials and generational suffixes inside a name and links the bare surname to it", () => {
    const doc = annotate("Senator Marcus T. Whitfield Jr. called the budget a disgrace. Whitfield added that he would vote no.");
    const person = doc.get("actors").actors.find((a) => a.actorType === "person");
    expect(person?.name).toBe("Marcus T. Whitfield Jr.");
    const mentions = doc.get("actors").mentions.filter((m) => m.actor === person?.key).map((m) => doc.text.slice(m.start, m.end));
    expect(mentions).toContain("Whitfield");
  });

  it("names a leader's administration after the surname, not the suffix", () => {
    const names = actorNames(annotate("President Leland P. Harrow Sr. spoke on Monday. Later, Harrow’s administration denied it."));
    expect(names).toContain("Harrow administration");
  });

  it("keeps 'and', 'for a' and 'of' inside an organization's name", () => {
    const names = actorNames(annotate("The Bureau of Fisheries and Wildlife Services issued a report. The Council for a Sustainable Harbor Economy disagreed."));
    expect(names).toEqual(expect.arrayContaining(["Bureau of Fisheries and Wildlife Services", "Council for a Sustainable Harbor Economy"]));
  });

  it("keeps two organizations joined by 'and' apart when the first ends in its head", () => {
    const names = actorNames(annotate("The Harbor Authority and Coastal Safety Board published the figures."));
    expect(names).not.toContain("Harbor Authority and Coastal Safety Board");
    expect(names).toContain("Harbor Authority");
  });

  it("splits a person from the organization named after 'of'", () => {
    const names = actorNames(annotate("Dana Pryce of the Institute for Coastal Resilience said the levees were weak."));
    expect(names).toEqual(expect.arrayContaining(["Dana Pryce", "Institute for Coastal Resilience"]));
    expect(names.some((n) => n.includes("Pryce of"))).toBe(false);
  });

  it("finds people by given names from the first-name lists, also at a sentence start", () => {
    const actors = actorsOf("Gene Hollis, a longtime policy adviser, disagreed. Officials met Dean Sorvik on Friday.");
    expect(actors.filter((a) => a.actorType === "person").map((a) => a.name).sort()).toEqual(["Dean Sorvik", "Gene Hollis"]);
  });

  it("does not read place names that are also first names as given names", () => {
    const actors = actorsOf("Georgia Senator Amos Tilden spoke on Monday.");
    expect(actors.find((a) => a.actorType === "person")?.name).toBe("Amos Tilden");
  });

  it("types an unknown two-word name as a person by its apposition or a reporting verb before it", () => {
    const actors = actorsOf("“It will pass,” said Jorun Veldt. Huma Tavish, vice chairwoman of the campaign, wrote back.");
    expect(actors.filter((a) => a.actorType === "person").map((a) => a.name).sort()).toEqual(["Huma Tavish", "Jorun Veldt"]);
  });
});
