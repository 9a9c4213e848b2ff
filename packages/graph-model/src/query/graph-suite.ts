// The query tests every Graph must pass on the fixture (./fixture.ts): the memory graph always, Neo4j
// whenever NEO4J_URI is set. `queryFixtureAnswers` gathers every answer, to compare stores answer for answer.
import { describe, expect, it } from "vitest";
import { AmbiguousActorError, InvalidQueryOptionsError, UnknownActorError, UnknownNodeError } from "./errors";
import { FIXTURE_ARTICLES } from "./fixture";
import type { Graph } from "./types";

const names = (list: { name: string }[]) => list.map((x) => x.name);
const texts = (list: { text: string }[]) => list.map((x) => x.text);

/** Every query of the API on the fixture, with its answer, for cross-store comparison. */
export async function queryFixtureAnswers(graph: Graph): Promise<Record<string, unknown>> {
  return {
    actors: await graph.actors(),
    countries: await graph.actors({ type: "country" }),
    inB: await graph.actors({ article: "fx-b.txt" }),
    kims: await graph.actors({ name: "Kim" }),
    putin: await graph.actor("Putin"),
    sobyanin: await graph.statementsBy("Sobyanin"),
    putinOnTrump: await graph.statementsBy("Putin", { about: "Trump" }),
    putinSince: await graph.statementsBy("Putin", { since: "2024-11-13" }),
    aboutUkraine: await graph.statementsAbout("Ukraine"),
    who: await graph.whoSaidAbout("Trump", "Putin"),
    northKoreaAgreements: await graph.agreementsOf("North Korea"),
    parties: await graph.partiesTo("mutual defence treaty"),
    russiaEvents: await graph.eventsInvolving("Russia"),
    moscowEvents: await graph.eventsAt("Moscow"),
    coMentioned: await graph.coMentioned("Putin"),
    paths: await graph.paths("Sobyanin", "Kim Jong-un", { maxHops: 4 }),
    ego: await graph.ego("Sobyanin", 2),
    timeline: await graph.timeline("Putin"),
  };
}

export function describeGraphQueries(label: string, open: () => Promise<Graph>): void {
  describe(`Graph queries (${label})`, () => {
    let graph: Graph;
    const g = async () => (graph ??= await open());

    it("lists actors sorted by name, filtered by type and article", async () => {
      expect(names(await (await g()).actors())).toEqual([
        "Donald Trump", "Kim Jong-un", "Kim Yo-jong", "North Korea", "Russia", "Russian Defence Ministry",
        "Sergei Sobyanin", "Ukraine", "United States", "Vladimir Putin", "Volodymyr Zelensky",
      ]);
      expect(names(await graph.actors({ type: "country" }))).toEqual(["North Korea", "Russia", "Ukraine", "United States"]);
      expect(names(await graph.actors({ article: "fx-b.txt" }))).toEqual(["Donald Trump", "Kim Jong-un", "Kim Yo-jong", "North Korea", "United States", "Vladimir Putin"]);
      expect(names(await graph.actors({ name: "kim" }))).toEqual(["Kim Jong-un", "Kim Yo-jong"]);
    });

    it("resolves aliases and folded spellings to one actor, with its mentions", async () => {
      const putin = await (await g()).actor("Putin");
      expect(putin.id).toBe("actor:vladimir-putin");
      expect(putin.articles).toEqual(["fx-a.txt", "fx-b.txt", "fx-c.txt"]);
      expect((await graph.actor("VLADIMIR PUTIN\u2019s")).id).toBe(putin.id);
      expect((await graph.actor({ id: "actor:vladimir-putin" })).name).toBe("Vladimir Putin");
      for (const m of putin.mentions) {
        const text = FIXTURE_ARTICLES[m.article]!.text;
        expect(text.slice(m.start, m.end)).toMatch(/Putin/);
        expect(m.excerpt).toContain(text.slice(m.start, m.end));
      }
    });

    it("says which Kim, and what was meant by a typo", async () => {
      await g();
      const ambiguous = await graph.statementsBy("Kim").catch((e: unknown) => e);
      expect(ambiguous).toBeInstanceOf(AmbiguousActorError);
      expect((ambiguous as AmbiguousActorError).candidates.map((c) => c.id)).toEqual(["actor:kim-jong-un", "actor:kim-yo-jong"]);
      expect((ambiguous as Error).message).toMatch(/Kim Jong-un.*Kim Yo-jong/);
      const typo = await graph.statementsBy("Sobyanyn").catch((e: unknown) => e);
      expect(typo).toBeInstanceOf(UnknownActorError);
      expect((typo as UnknownActorError).suggestions[0]?.name).toBe("Sergei Sobyanin");
      expect((typo as Error).message).toContain("did you mean: Sergei Sobyanin");
      await expect(graph.actors({ name: "Nobody Atall" })).rejects.toBeInstanceOf(UnknownActorError);
      await expect(graph.partiesTo("ceasefire")).rejects.toBeInstanceOf(UnknownNodeError);
      await expect(graph.statementsBy("Putin", { article: "fx-z.txt" })).rejects.toThrow(/unknown article "fx-z.txt".*fx-a.txt/);
    });

    it("rejects bad options, naming them", async () => {
      await g();
      await expect(graph.statementsBy("Putin", { kidn: "direct" } as never)).rejects.toThrow(/unknown option "kidn"/);
      await expect(graph.statementsBy("Putin", { since: "yesterday" })).rejects.toBeInstanceOf(InvalidQueryOptionsError);
      await expect(graph.eventsInvolving("Russia", { type: "bombing" } as never)).rejects.toThrow(/type/);
      await expect(graph.paths("Putin", "Trump", { maxHops: 0 })).rejects.toThrow(/maxHops/);
      await expect(graph.paths("Putin", "Trump", { via: ["MENTIONED_IN"] })).rejects.toThrow(/relation edges/);
    });

    it("statementsBy: what an actor said, in reading order, with the sentence", async () => {
      const said = await (await g()).statementsBy("Sergei Sobyanin");
      expect(texts(said)).toEqual(["air defences destroyed 12 drones over the Ramenskoye district", "There is no damage or casualties at the site"]);
      expect(said[1]!.kind).toBe("direct");
      expect(said[0]!.channel).toBe("on Telegram");
      expect(said[1]!.mentions[0]!.excerpt).toBe("\u201CThere is no damage or casualties at the site,\u201D Sobyanin said.");
      expect(said.every((s) => s.speakers.map((x) => x.name).join() === "Sergei Sobyanin")).toBe(true);
      expect(texts(await graph.statementsBy("Putin", { about: "Trump" }))).toEqual(["he was impressed by Donald Trump"]);
      expect(await graph.statementsBy("Putin", { kind: "direct" })).toEqual([]);
      expect(texts(await graph.statementsBy("Putin", { since: "2024-11-13" }))).toEqual(["ruled out restoring the Black Sea grain deal with Ukraine"]);
      expect(texts(await graph.statementsBy("Putin", { until: "2024-11-12", article: "fx-b.txt" }))).toEqual(["he was impressed by Donald Trump"]);
      // An undated statement is outside every date range, inside none.
      expect(await graph.statementsBy("Trump", { since: "2000-01-01" })).toEqual([]);
      expect(texts(await graph.statementsBy("Trump"))).toEqual(["he could end the war in a single day"]);
    });

    it("statementsAbout and whoSaidAbout", async () => {
      const about = await (await g()).statementsAbout("Ukraine");
      expect(about.map((s) => [s.speakers[0]!.name, s.text])).toEqual([
        ["Russian Defence Ministry", "Ukraine launched 17 drones at Moscow overnight"],
        ["Vladimir Putin", "ruled out restoring the Black Sea grain deal with Ukraine"],
      ]);
      expect(about[1]!.about.map((n) => n.type)).toEqual(["Actor", "Agreement"]);
      expect(texts(await graph.statementsAbout("Ukraine", { by: "Putin" }))).toEqual(["ruled out restoring the Black Sea grain deal with Ukraine"]);
      expect(texts(await graph.whoSaidAbout("Trump", "Putin"))).toEqual(["he was impressed by Donald Trump"]);
      expect(await graph.whoSaidAbout("Putin", "Trump")).toEqual(await graph.whoSaidAbout("Trump", "Putin"));
      expect(await graph.whoSaidAbout("Sobyanin", "Trump")).toEqual([]);
    });

    it("agreementsOf and partiesTo, with roles and status", async () => {
      const [treaty, ...rest] = await (await g()).agreementsOf("North Korea");
      expect(rest).toEqual([]);
      expect(treaty!.name).toBe("Russia\u2013North Korea mutual defence treaty");
      expect(treaty!.status).toBe("signed");
      expect(treaty!.parties.map((p) => [p.actor.name, p.roles.join()])).toEqual([
        ["Kim Jong-un", "signatory"], ["North Korea", "party"], ["Russia", "party"], ["Vladimir Putin", "signatory"],
      ]);
      expect(names(await graph.agreementsOf("Russia"))).toEqual(["Black Sea grain deal", "Russia\u2013North Korea mutual defence treaty"]);
      expect(names(await graph.agreementsOf("Russia", { status: "ruled_out" }))).toEqual(["Black Sea grain deal"]);
      expect((await graph.partiesTo("grain deal")).map((p) => p.actor.name)).toEqual(["Russia", "Ukraine"]);
      expect((await graph.partiesTo("mutual defence treaty")).map((p) => p.actor.name)).toContain("North Korea");
    });

    it("eventsInvolving and eventsAt, by type, role, place and date", async () => {
      const events = await (await g()).eventsInvolving("Russia");
      expect(events.map((e) => e.eventType)).toEqual(["interception", "attack"]);
      expect(events[0]!.counts).toEqual({ destroyed: 12 });
      expect(events[1]!.participants.map((p) => `${p.actor.name}:${p.role}`)).toEqual(["Russia:target", "Ukraine:agent"]);
      expect((await graph.eventsInvolving("Russia", { role: "target" })).map((e) => e.label)).toEqual(["Ukraine launched 17 drones at Moscow"]);
      expect((await graph.eventsInvolving("Russia", { place: "Moscow" })).map((e) => e.eventType)).toEqual(["attack"]);
      expect((await graph.eventsInvolving("Russia", { type: "interception", until: "2024-11-10" })).map((e) => e.places[0]?.name)).toEqual(["Ramenskoye district"]);
      expect((await graph.eventsAt("Pyongyang")).map((e) => [e.label, e.time, e.date])).toEqual([["Kim Jong-un signed the treaty", "in June", undefined]]);
      expect((await graph.eventsAt("Ramenskoye")).map((e) => e.eventType)).toEqual(["interception"]);
    });

    it("coMentioned counts shared articles", async () => {
      const co = await (await g()).coMentioned("Putin", { minArticles: 2 });
      expect(co.map((c) => [c.actor.name, c.count, c.articles.join(" ")])).toEqual([
        ["Kim Jong-un", 2, "fx-a.txt fx-b.txt"], ["North Korea", 2, "fx-a.txt fx-b.txt"], ["Russia", 2, "fx-a.txt fx-c.txt"],
      ]);
      expect((await graph.coMentioned("Putin")).length).toBe(10);
    });

    it("paths: shortest and all simple paths, with statements and events on the way", async () => {
      const result = await (await g()).paths("Sobyanin", "Kim Jong-un", { maxHops: 4 });
      expect(result.shortest.map((p) => p.nodes.map((n) => n.name))).toEqual([
        ["Sergei Sobyanin", "Russia", "Russia\u2013North Korea mutual defence treaty", "Kim Jong-un"],
      ]);
      expect(result.all.every((p, i) => i === 0 || p.hops >= result.all[i - 1]!.hops)).toBe(true);
      expect(result.all.length).toBeGreaterThan(1);
      for (const path of result.all) {
        expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
        expect(path.hops).toBeLessThanOrEqual(4);
      }
      const said = await graph.paths("Putin", "Trump", { maxHops: 2, via: ["SAID", "ABOUT"] });
      expect(said.shortest).toHaveLength(1);
      expect(said.shortest[0]!.edges.map((e) => e.type)).toEqual(["SAID", "ABOUT"]);
      expect(texts(said.shortest[0]!.statements)).toEqual(["he was impressed by Donald Trump"]);
      expect((await graph.paths("Sobyanin", "Trump", { maxHops: 2 })).all).toEqual([]);
      const capped = await graph.paths("Sobyanin", "Kim Jong-un", { maxHops: 4, limit: 1 });
      expect(capped.all).toHaveLength(1);
      expect(capped.truncated).toBe(true);
    });

    it("ego: the neighbourhood and the articles behind it", async () => {
      const one = await (await g()).ego("Sobyanin", 1);
      expect(one.nodes.map((n) => n.key)).toEqual([
        "actor:russia", "actor:sergei-sobyanin", "article:fx-a.txt", "article:fx-c.txt",
        ...one.nodes.filter((n) => n.key.startsWith("statement:")).map((n) => n.key),
      ]);
      expect(one.nodes.filter((n) => n.attributes.type === "Statement")).toHaveLength(2);
      expect(one.edges.some((e) => e.attributes.type === "AFFILIATED_WITH" && e.source === "actor:sergei-sobyanin")).toBe(true);
      const two = await graph.ego("Sobyanin", 2);
      expect(two.nodes.map((n) => n.key)).toContain("actor:vladimir-putin");
      expect(two.edges.every((e) => two.nodes.some((n) => n.key === e.source) && two.nodes.some((n) => n.key === e.target))).toBe(true);
    });

    it("timeline: dated entries in date order, then undated ones", async () => {
      const putin = await (await g()).timeline("Putin");
      expect(putin.map((e) => `${e.date ?? "-"} ${e.kind}`)).toEqual(["2024-11-10 event", "2024-11-12 statement", "2024-11-15 statement"]);
      const kim = await graph.timeline("Kim Jong-un");
      expect(kim.map((e) => `${e.date ?? "-"} ${e.kind}`)).toEqual(["- event"]);
    });
  });
}
