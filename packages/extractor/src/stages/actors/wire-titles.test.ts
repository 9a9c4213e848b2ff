// Wire-copy titles and name forms from outlets the extractor was not developed on (invented people).
import { describe, expect, it } from "vitest";
import { annotate, actorNames } from "../../testing/annotate";

const actors = (text: string) => annotate(text).get("actors").actors;
const person = (text: string, name: string) => actors(text).find((a) => a.name === name && a.actorType === "person");

describe("actors: titles of international and national office", () => {
  it("reads hyphenated titles after an organization and makes the organization the employer", () => {
    const a = person("WHO Director-General Amara Okonkwo-Bello warned of a cholera outbreak.", "Amara Okonkwo-Bello");
    expect(a).toMatchObject({ affiliation: "World Health Organization" });
    expect(a?.roles).toContain("WHO Director-General");
    const b = person("UN Secretary-General Leontes Marvaki called for calm.", "Leontes Marvaki");
    expect(b).toMatchObject({ affiliation: "United Nations" });
  });

  it("keeps a portfolio after 'of' in the title, not in the name", () => {
    const a = person("U.S. Secretary of State Delvin Harrow flew to Cairo on Monday.", "Delvin Harrow");
    expect(a?.roles).toContain("U.S. Secretary of State");
    expect(actorNames(annotate("U.S. Secretary of State Delvin Harrow flew to Cairo on Monday."))).not.toContain("State Delvin Harrow");
  });

  it("reads capitalized words between a country and a title as part of the title", () => {
    const a = person("U.S. District Judge Orrin Talbeck ruled against the company.", "Orrin Talbeck");
    expect(a).toMatchObject({ affiliation: "United States" });
    expect(a?.roles).toContain("U.S. District Judge");
  });

  it("takes a lowercase title before an unknown given name as a person's role, keeping name particles", () => {
    const a = person("Foreign ministry spokesman Rashed al-Qudwani wrote on X that talks had resumed.", "Rashed al-Qudwani");
    expect(a?.roles).toEqual(["Foreign ministry spokesman"]);
    expect(person("Army chief Yusuf Hamid al-Tayeb visited the front.", "Yusuf Hamid al-Tayeb")).toBeDefined();
  });

  it("reads a name set off by commas after a title as a person", () => {
    expect(person("The agency's regional director for Asia, Perpetua Mwanake-Oduya, said funding had run out.", "Perpetua Mwanake-Oduya")).toBeDefined();
    expect(person("A court spokeswoman, Ildiko Varsanyi, said the hearing was delayed.", "Ildiko Varsanyi")).toBeDefined();
  });
});

describe("actors: organizations in wire copy", () => {
  it("drops a company's legal form and links its short name and its executives to it", () => {
    const text = "Veltrana Corp agreed to buy a rival. Veltrana chief executive Osric Pembe said the price was fair. Shares of Veltrana rose.";
    const list = actors(text);
    expect(list.filter((a) => a.actorType === "organization").map((a) => a.name)).toEqual(["Veltrana"]);
    expect(list.find((a) => a.name === "Osric Pembe")).toMatchObject({ affiliation: "Veltrana" });
  });

  it("links a later acronym to the organization that introduced it", () => {
    const text = "The paramilitary Northern Shield Forces (NSF) denied the report. NSF fighters left the town.";
    expect(actorNames(annotate(text)).filter((n) => /NSF|Shield/.test(n))).toEqual(["Northern Shield Forces"]);
  });

  it("does not make a dateline city an actor", () => {
    const names = actorNames(annotate("BRUSSELS (Reuters) - The European Parliament approved the budget on Tuesday."));
    expect(names).toEqual(["European Parliament", "Reuters"]);
  });

  it("names an institution qualified by a place of its own, apart from the country's", () => {
    const text = "Jordan's health ministry said two people died. At least nine were hurt, according to the Gaza health ministry.";
    const names = actorNames(annotate(text));
    expect(names).toContain("Gaza Health Ministry");
    expect(names).toContain("Jordanian Health Ministry");
  });

  it("reads 'the <demonym> military' as the country's armed forces", () => {
    expect(actorNames(annotate("Rockets hit the port, according to the Lebanese military."))).toContain("Lebanese Armed Forces");
  });

  it("reads a known organization after its country, an armed group's acronym with digits, and not a product model", () => {
    const names = actorNames(annotate("The U.S. Justice Department sued the maker of the 747 MAX jet. The K17 rebel group denied it."));
    expect(names).toContain("Justice Department");
    expect(names).toContain("K17");
    expect(names).not.toContain("MAX");
    expect(names).not.toContain("Department");
  });

  it("reads a known organization opening a sentence, an abbreviated rank, and no acronym in a question word", () => {
    const text = "Amnesty International researcher Odile Fayet visited the camp. The army chief, Gen. Tiemoko Sangare, has not commented. Who ordered the raid is unclear.";
    const list = actors(text);
    expect(list.find((a) => a.name === "Amnesty International")?.actorType).toBe("organization");
    expect(list.find((a) => a.name === "Odile Fayet")).toMatchObject({ actorType: "person", affiliation: "Amnesty International" });
    expect(list.find((a) => a.name === "Tiemoko Sangare")?.actorType).toBe("person");
    expect(list.map((a) => a.name)).not.toContain("World Health Organization");
  });

  it("reads Brussels standing for a government as the European Union, and as a place otherwise", () => {
    expect(actorNames(annotate("Hungary said it would not let Brussels decide its energy policy."))).toEqual(["European Union", "Hungary"]);
    expect(actorNames(annotate("Hungary's envoy met reporters in Brussels."))).not.toContain("European Union");
  });
});
