// Facts of the sample corpus (corpus/seeds), asked through the Graph API of a graph the real pipeline
// built: on the memory store always, on Neo4j too when NEO4J_URI is set (it replaces every newsgraph
// node there). Each assertion is something the articles say, quoted in the comment beside it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AmbiguousActorError, MemoryGraph, type Graph, type MemoryStore } from "@newsgraph/graph-model";
import type { Neo4jStore } from "@newsgraph/graph-model/neo4j";
import { sampleStore } from "./support/sample-graph";

const A000 = "000_86ea664bd2d81578.txt";
const A002 = "002_486a71332e8d3337.txt";

let store: MemoryStore;
beforeAll(() => {
  // built once per test run, by test/support/global-setup.ts
  store = sampleStore();
});

const names = (list: { name: string }[]) => list.map((x) => x.name);

function describeCorpusFacts(label: string, open: () => Promise<Graph>): void {
  describe(`sample corpus facts (${label})`, () => {
    let graph: Graph;
    beforeAll(async () => {
      graph = await open();
    }, 120_000);

    it("resolves aliases: Putin is Vladimir Putin; three Sergeis are ambiguous", async () => {
      expect((await graph.actor("Putin")).name).toBe("Vladimir Putin");
      expect((await graph.actor("Sobyanin")).name).toBe("Sergei Sobyanin");
      // Sergei Sobyanin, Sergei Shoigu, Sergei Ryabkov.
      const error = await graph.statementsBy("Sergei").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AmbiguousActorError);
      expect((error as AmbiguousActorError).candidates.map((c) => c.name)).toEqual(expect.arrayContaining(["Sergei Ryabkov", "Sergei Shoigu", "Sergei Sobyanin"]));
    });

    it("Sobyanin's statements include the one about no damage or casualties", async () => {
      // 000: “According to preliminary information, there is no damage or casualties at the site of the fall of the debris,” Sobyanin said on Telegram.
      const said = await graph.statementsBy("Sergei Sobyanin");
      const quote = said.find((s) => /no damage or casualties/.test(s.text));
      expect(quote, said.map((s) => s.text).join("\n")).toBeDefined();
      expect(quote!.mentions.some((m) => m.article === A000 && m.excerpt.includes("no damage or casualties"))).toBe(true);
      // He spoke in three of the five articles (000, 003, 004).
      expect(new Set(said.map((s) => s.article)).size).toBeGreaterThanOrEqual(3);
    });

    it("Russia and North Korea are parties to the mutual defence treaty", async () => {
      // 000: Putin signed into law a treaty on the country’s strategic partnership with North Korea which includes a mutual defence provision.
      const treaties = (await graph.agreementsOf("North Korea")).filter((a) => a.mentions.some((m) => m.article === A000));
      expect(treaties.length, names(await graph.agreementsOf("North Korea")).join(", ")).toBeGreaterThan(0);
      const treaty = treaties[0]!;
      expect(treaty.parties.map((p) => p.actor.name)).toEqual(expect.arrayContaining(["North Korea", "Russia"]));
      expect(["signed", "ratified", "in_force"]).toContain(treaty.status);
      expect((await graph.partiesTo(treaty.id)).map((p) => p.actor.name)).toEqual(expect.arrayContaining(["North Korea", "Russia"]));
    });

    it("Putin said he was impressed by Trump: whoSaidAbout finds it either way round", async () => {
      // 000: Putin said he had been “impressed” by Trump, before describing him as “courageous”.
      const statements = await graph.whoSaidAbout("Trump", "Putin");
      expect(statements.some((s) => s.speakers.some((a) => a.name === "Vladimir Putin") && /impressed|courageous/.test(s.text))).toBe(true);
      expect((await graph.statementsAbout("Donald Trump", { by: "Putin" })).length).toBeGreaterThan(0);
    });

    it("Shoigu called for negotiations", async () => {
      // 001: ‘To continue financing (Kyiv) … or recognise the current realities and start negotiating,’ the former defence minister said.
      const said = await graph.statementsBy("Shoigu");
      expect(said.some((s) => /negotiat|the West/.test(s.text))).toBe(true);
    });

    it("Drapaty's resignation is an event he took part in", async () => {
      // 002: The attack led Ukrainian ground forces commander Mykhailo Drapaty to announce his resignation.
      const events = await graph.eventsInvolving("Mykhailo Drapaty", { type: "resignation_appointment" });
      expect(events.some((e) => e.article === A002)).toBe(true);
    });

    it("the grain deal is one of Russia's agreements", async () => {
      // 003: Putin said … the deal that allowed Ukraine to export grain safely through the Black Sea won’t be restored.
      const deals = await graph.agreementsOf("Russia");
      expect(deals.some((a) => /grain/i.test(a.name)), names(deals).join(", ")).toBe(true);
    });

    it("Sobyanin is co-mentioned with Russia in every article he appears in", async () => {
      const sobyanin = await graph.actor("Sobyanin");
      const russia = (await graph.coMentioned("Sobyanin")).find((c) => c.actor.name === "Russia");
      expect(russia?.articles).toEqual(sobyanin.articles);
      expect(russia!.count).toBeGreaterThanOrEqual(3);
    });

    it("Sobyanin and Putin are connected within four hops, and the ego network holds both", async () => {
      const found = await graph.paths("Sobyanin", "Putin", { maxHops: 4 });
      expect(found.shortest.length).toBeGreaterThan(0);
      const ego = await graph.ego("Sobyanin", 2);
      expect(ego.nodes.map((n) => n.key)).toContain("actor:sergei-sobyanin");
      expect(ego.nodes.some((n) => n.attributes.type === "Article")).toBe(true);
    });

    it("Sobyanin's timeline lists his statements", async () => {
      const timeline = await graph.timeline("Sobyanin");
      expect(timeline.filter((e) => e.kind === "statement").length).toBe((await graph.statementsBy("Sobyanin")).length);
    });
  });
}

describeCorpusFacts("memory", async () => new MemoryGraph(store));

if (process.env.NEO4J_URI) {
  const { Neo4jGraph, Neo4jStore: Store } = await import("@newsgraph/graph-model/neo4j");
  let neo4j: Neo4jStore | undefined;
  afterAll(async () => neo4j?.close());
  describeCorpusFacts("neo4j", async () => {
    neo4j = await Store.connect();
    await neo4j.deleteAllNewsgraphData();
    await neo4j.init();
    const graph = store.exportSync();
    await neo4j.write(graph.nodes, graph.edges);
    return new Neo4jGraph(neo4j);
  });
} else {
  describe("sample corpus facts (neo4j)", () => {
    it.skip("skipped: NEO4J_URI is not set", () => {});
  });
}
