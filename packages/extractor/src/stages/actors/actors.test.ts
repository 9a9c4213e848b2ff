import { describe, expect, it } from "vitest";
import { actorId, articleNodeId } from "@newsgraph/graph-model";
import { annotate, actorNames } from "../../testing/annotate";
import { extractArticle } from "../../extract";

const actor = (text: string, name: string) => annotate(text).get("actors").actors.find((a) => a.name === name);

describe("actors", () => {
  it("finds people with their titles as roles and their country as affiliation", () => {
    const a = actor("Russian deputy foreign minister Sergei Ryabkov said the talks were over.", "Sergei Ryabkov");
    expect(a).toMatchObject({ actorType: "person", affiliation: "Russia" });
    expect(a?.roles).toContain("Russian deputy foreign minister");
  });

  it("parses a capital's mayor and an apposition role", () => {
    const doc = annotate("Moscow Mayor Sergei Sobyanin said drones were downed. Alexander Bogomaz, governor of the Bryansk region, said a fire broke out.");
    const { actors } = doc.get("actors");
    expect(actors.find((a) => a.name === "Sergei Sobyanin")?.roles).toContain("Moscow Mayor");
    expect(actors.find((a) => a.name === "Alexander Bogomaz")?.roles).toContain("governor of the Bryansk region");
  });

  it("links surnames and honorifics to the full name, and strips possessives", () => {
    const doc = annotate("President Emmanuel Macron arrived in Kyiv. Mr Macron’s visit was announced late. Macron said little.");
    const { actors, mentions } = doc.get("actors");
    const macron = actors.filter((a) => a.actorType === "person");
    expect(macron.map((a) => a.name)).toEqual(["Emmanuel Macron"]);
    expect(mentions.filter((m) => m.actor === macron[0]!.key).map((m) => doc.text.slice(m.start, m.end))).toEqual(["Emmanuel Macron", "Macron", "Macron"]);
  });

  it("types countries, capitals standing for governments, organizations and acronyms", () => {
    const doc = annotate("Washington and Beijing traded accusations. The United Nations said NATO had not replied. Drones flew toward Moscow.");
    expect(actorNames(doc)).toEqual(["China", "NATO", "United Nations", "United States"]);
  });

  it("names a country's institutions after its demonym and merges their forms", () => {
    const doc = annotate("Russia’s defence ministry said 20 drones were destroyed. The Russian defence ministry later said the number was 23.");
    const ministries = doc.get("actors").actors.filter((a) => a.name.includes("Ministry"));
    expect(ministries.map((a) => [a.name, a.affiliation])).toEqual([["Russian Defence Ministry", "Russia"]]);
  });

  it("makes groups of a country actors, but never a bare common noun", () => {
    const doc = annotate("North Korean troops crossed the border while soldiers and officials watched.");
    expect(actorNames(doc)).toEqual(["North Korean troops"]);
  });

  it("reads an organization from its apposition and finds its description elsewhere", () => {
    const doc = annotate("Russia’s federal air transport agency said flights resumed. Rosaviatsia, Russia’s federal air transport agency, said two airports were shut.");
    const agency = doc.get("actors").actors.find((a) => a.name === "Rosaviatsia");
    expect(agency?.actorType).toBe("organization");
    const spans = doc.get("actors").mentions.filter((m) => m.actor === agency?.key).map((m) => doc.text.slice(m.start, m.end));
    expect(spans).toEqual(["Russia’s federal air transport agency", "Rosaviatsia", "Russia’s federal air transport agency"]);
  });

  it("does not make a country named only as a place an actor", () => {
    expect(actorNames(annotate("The base lies in the Arctic near Finland. Russia said it was hit."))).toEqual(["Russia"]);
  });

  it("emits actors with provenance on every mention and an edge to their country", () => {
    const text = "Ukrainian President Volodymyr Zelensky met troops. Zelensky later flew to Ukraine’s east.";
    const delta = extractArticle({ id: "z.txt", text, origin: "z" });
    const zelensky = delta.nodes.find((n) => n.id === actorId("Volodymyr Zelensky"))!.attributes as { affiliation?: string; provenance: { start: number; end: number }[] };
    expect(zelensky.affiliation).toBe("Ukraine");
    expect(zelensky.provenance.map((p) => text.slice(p.start, p.end))).toEqual(["Volodymyr Zelensky", "Zelensky"]);
    const edges = delta.edges.filter((e) => e.source === actorId("Volodymyr Zelensky")).map((e) => [e.attributes.type, e.target]);
    expect(edges).toEqual([["AFFILIATED_WITH", actorId("Ukraine")], ["MENTIONED_IN", articleNodeId("z.txt")]]);
  });

  it("names a country's institution even when a spokesperson's title follows it", () => {
    const doc = annotate("Russia’s foreign ministry spokeswoman Maria Zakharova called the remarks hysteria.");
    expect(actorNames(doc)).toEqual(["Maria Zakharova", "Russia", "Russian Foreign Ministry"]);
  });

  it("makes the authorities of a named place a group", () => {
    const doc = annotate("Kherson region authorities ordered an evacuation of six villages.");
    expect(doc.get("actors").actors.map((a) => [a.name, a.actorType])).toEqual([["Kherson region authorities", "group"]]);
  });
});
