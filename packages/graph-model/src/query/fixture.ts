// A small hand-made graph in the shape the extractor writes (wire-copy sentences, offsets into the text),
// for the query tests on every store. Two people answer to "Kim"; one statement has no date.
import { DeltaBuilder, type GraphDelta } from "../delta";
import { actorId, agreementId, articleNodeId, eventId, placeId, sha256Hex, statementId } from "../ids";
import type { ActorType, AgreementStatus, EventRole, EventType, PartyRole, Provenance, StatementKind } from "../schema/generated";
import { MemoryStore } from "../store/memory-store";

export const FIXTURE_ARTICLES: Record<string, { published: string; title: string; text: string }> = {
  "fx-a.txt": {
    published: "2024-11-10",
    title: "Drones downed near Moscow as Putin signs treaty",
    text:
      "Moscow Mayor Sergei Sobyanin said on Telegram that air defences destroyed 12 drones over the Ramenskoye district. " +
      "\u201CThere is no damage or casualties at the site,\u201D Sobyanin said. " +
      "Russian President Vladimir Putin signed into law a mutual defence treaty with North Korea. " +
      "North Korean leader Kim Jong-un signed the treaty in Pyongyang in June.",
  },
  "fx-b.txt": {
    published: "2024-11-12",
    title: "Pyongyang rules out talks",
    text:
      "Kim Yo-jong, the sister of Kim Jong-un, said Pyongyang would never negotiate with Washington. " +
      "Putin said he was impressed by Donald Trump. " +
      "Trump has said he could end the war in a single day.",
  },
  "fx-c.txt": {
    published: "2024-11-15",
    title: "Ukraine strikes Moscow",
    text:
      "Ukraine launched 17 drones at Moscow overnight, Russia\u2019s defence ministry said. " +
      "Ukrainian President Volodymyr Zelensky said Russia must return Crimea. " +
      "Putin ruled out restoring the Black Sea grain deal with Ukraine.",
  },
};

/** The span of the `nth` occurrence of `phrase` in an article. */
function span(article: string, phrase: string, nth = 0): Provenance {
  const text = FIXTURE_ARTICLES[article]!.text;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture: "${phrase}" (#${nth}) not in ${article}`);
  }
  return { article, start: at, end: at + phrase.length };
}

interface ActorSpec {
  name: string;
  actorType: ActorType;
  aliases?: string[];
  roles?: string[];
  affiliation?: string;
}

const ACTORS: Record<string, ActorSpec> = {
  sobyanin: { name: "Sergei Sobyanin", actorType: "person", roles: ["Mayor of Moscow"], affiliation: "Russia" },
  putin: { name: "Vladimir Putin", actorType: "person", roles: ["Russian President"], affiliation: "Russia" },
  kimJongUn: { name: "Kim Jong-un", actorType: "person", roles: ["North Korean leader"], affiliation: "North Korea" },
  kimYoJong: { name: "Kim Yo-jong", actorType: "person", affiliation: "North Korea" },
  trump: { name: "Donald Trump", actorType: "person" },
  zelensky: { name: "Volodymyr Zelensky", actorType: "person", roles: ["Ukrainian President"], affiliation: "Ukraine" },
  russia: { name: "Russia", actorType: "country" },
  northKorea: { name: "North Korea", actorType: "country" },
  ukraine: { name: "Ukraine", actorType: "country" },
  unitedStates: { name: "United States", actorType: "country" },
  defenceMinistry: { name: "Russian Defence Ministry", actorType: "organization", affiliation: "Russia" },
};
type ActorKey = keyof typeof ACTORS;

class FixtureArticle {
  readonly b: DeltaBuilder;
  constructor(readonly article: string) {
    this.b = new DeltaBuilder(article);
    const a = FIXTURE_ARTICLES[article]!;
    this.b.addNode(articleNodeId(article), { type: "Article", name: article, title: a.title, published: a.published, contentHash: sha256Hex(a.text), text: a.text });
  }

  get published(): string {
    return FIXTURE_ARTICLES[this.article]!.published;
  }

  /** An actor mentioned as `surface` (the nth time), with its MENTIONED_IN edge. */
  actor(key: ActorKey, surface: string, nth = 0): string {
    const spec = ACTORS[key]!;
    const id = actorId(spec.name);
    const p = span(this.article, surface, nth);
    this.b.addNode(id, {
      type: "Actor",
      name: spec.name,
      aliases: surface === spec.name ? [] : [surface],
      actorType: spec.actorType,
      ...(spec.roles ? { roles: spec.roles } : {}),
      ...(spec.affiliation ? { affiliation: spec.affiliation } : {}),
      provenance: [p],
    });
    this.b.addEdge(id, articleNodeId(this.article), { type: "MENTIONED_IN", provenance: [p] });
    return id;
  }

  place(name: string, surface = name): string {
    const id = placeId(name);
    const p = span(this.article, surface);
    this.b.addNode(id, { type: "Place", name, provenance: [p] });
    this.b.addEdge(id, articleNodeId(this.article), { type: "MENTIONED_IN", provenance: [p] });
    return id;
  }

  statement(speaker: string, text: string, kind: StatementKind, about: string[], extra: { cue?: string; channel?: string; dated?: boolean } = {}): string {
    const id = statementId(this.article, text);
    const p = span(this.article, text);
    this.b.addNode(id, {
      type: "Statement",
      text,
      kind,
      article: this.article,
      ...(extra.cue ? { cue: extra.cue } : {}),
      ...(extra.channel ? { channel: extra.channel } : {}),
      ...(extra.dated === false ? {} : { date: this.published }),
      provenance: [p],
    });
    this.b.addEdge(speaker, id, { type: "SAID", provenance: [p] });
    for (const target of about) this.b.addEdge(id, target, { type: "ABOUT", provenance: [p] });
    this.b.addEdge(id, articleNodeId(this.article), { type: "REPORTED_IN", provenance: [p] });
    return id;
  }

  agreement(name: string, agreementType: "treaty" | "deal", status: AgreementStatus, evidence: string, parties: [string, PartyRole | undefined][]): string {
    const id = agreementId(name);
    const p = span(this.article, evidence);
    this.b.addNode(id, { type: "Agreement", name, agreementType, status, statusHistory: [status], provenance: [p] });
    for (const [actor, role] of parties) this.b.addEdge(actor, id, { type: "PARTY_TO", ...(role ? { role } : {}), provenance: [p] });
    this.b.addEdge(id, articleNodeId(this.article), { type: "REPORTED_IN", provenance: [p] });
    return id;
  }

  event(eventType: EventType, label: string, evidence: string, participants: [string, EventRole][], places: string[], extra: { time?: string; dated?: boolean; counts?: Record<string, number> } = {}): string {
    const id = eventId(this.article, eventType, evidence);
    const p = span(this.article, evidence);
    this.b.addNode(id, {
      type: "Event",
      eventType,
      label,
      article: this.article,
      ...(extra.time ? { time: extra.time } : {}),
      ...(extra.dated === false ? {} : { date: this.published }),
      ...(extra.counts ? { counts: extra.counts } : {}),
      provenance: [p],
    });
    for (const [actor, role] of participants) this.b.addEdge(actor, id, { type: "PARTICIPATED_IN", role, provenance: [p] });
    for (const place of places) this.b.addEdge(id, place, { type: "LOCATED_IN", provenance: [p] });
    this.b.addEdge(id, articleNodeId(this.article), { type: "REPORTED_IN", provenance: [p] });
    return id;
  }

  affiliate(actor: string, of: string, evidence: string, role?: string): void {
    this.b.addEdge(actor, of, { type: "AFFILIATED_WITH", ...(role ? { role } : {}), provenance: [span(this.article, evidence)] });
  }
}

/** The fixture's three article deltas, in order. */
export function queryFixtureDeltas(): GraphDelta[] {
  const a = new FixtureArticle("fx-a.txt");
  const sobyanin = a.actor("sobyanin", "Moscow Mayor Sergei Sobyanin");
  a.actor("sobyanin", "Sobyanin", 1);
  const putin = a.actor("putin", "Russian President Vladimir Putin");
  const russiaA = a.actor("russia", "Moscow");
  const northKorea = a.actor("northKorea", "North Korea");
  const kimJongUn = a.actor("kimJongUn", "Kim Jong-un");
  const ramenskoye = a.place("Ramenskoye district");
  const pyongyang = a.place("Pyongyang");
  a.affiliate(sobyanin, russiaA, "Moscow Mayor Sergei Sobyanin", "Mayor of Moscow");
  a.affiliate(putin, russiaA, "Russian President Vladimir Putin", "Russian President");
  a.affiliate(kimJongUn, northKorea, "North Korean leader Kim Jong-un", "North Korean leader");
  a.statement(sobyanin, "air defences destroyed 12 drones over the Ramenskoye district", "indirect", [], { cue: "said", channel: "on Telegram" });
  a.statement(sobyanin, "There is no damage or casualties at the site", "direct", [], { cue: "said" });
  const treaty = a.agreement("Russia\u2013North Korea mutual defence treaty", "treaty", "signed", "signed into law a mutual defence treaty with North Korea", [
    [russiaA, "party"],
    [northKorea, "party"],
    [putin, "signatory"],
    [kimJongUn, "signatory"],
  ]);
  a.event("interception", "air defences destroyed 12 drones", "air defences destroyed 12 drones over the Ramenskoye district", [[russiaA, "agent"]], [ramenskoye], { counts: { destroyed: 12 } });
  a.event("agreement_action", "Putin signed the defence treaty into law", "signed into law a mutual defence treaty with North Korea", [[putin, "agent"], [northKorea, "participant"]], []);
  a.event("agreement_action", "Kim Jong-un signed the treaty", "Kim Jong-un signed the treaty in Pyongyang in June", [[kimJongUn, "agent"]], [pyongyang], { time: "in June", dated: false });
  void treaty;

  const b = new FixtureArticle("fx-b.txt");
  const kimYoJong = b.actor("kimYoJong", "Kim Yo-jong");
  const kimJongUnB = b.actor("kimJongUn", "Kim Jong-un");
  const northKoreaB = b.actor("northKorea", "Pyongyang");
  const us = b.actor("unitedStates", "Washington");
  const putinB = b.actor("putin", "Putin");
  const trump = b.actor("trump", "Donald Trump");
  b.actor("trump", "Trump", 1);
  b.affiliate(kimYoJong, kimJongUnB, "Kim Yo-jong, the sister of Kim Jong-un", "sister");
  b.statement(kimYoJong, "Pyongyang would never negotiate with Washington", "indirect", [northKoreaB, us], { cue: "said" });
  b.statement(putinB, "he was impressed by Donald Trump", "indirect", [trump], { cue: "said" });
  b.statement(trump, "he could end the war in a single day", "indirect", [], { cue: "has said", dated: false });

  const c = new FixtureArticle("fx-c.txt");
  const ukraine = c.actor("ukraine", "Ukraine");
  const moscowPlace = c.place("Moscow");
  const russia = c.actor("russia", "Russia");
  const ministry = c.actor("defenceMinistry", "Russia\u2019s defence ministry");
  const zelensky = c.actor("zelensky", "Ukrainian President Volodymyr Zelensky");
  const putinC = c.actor("putin", "Putin");
  c.actor("ukraine", "Ukraine", 1);
  c.statement(ministry, "Ukraine launched 17 drones at Moscow overnight", "indirect", [ukraine], { cue: "said" });
  c.statement(zelensky, "Russia must return Crimea", "indirect", [russia], { cue: "said" });
  const grain = c.agreement("Black Sea grain deal", "deal", "ruled_out", "ruled out restoring the Black Sea grain deal with Ukraine", [
    [russia, "party"],
    [ukraine, "party"],
  ]);
  c.statement(putinC, "ruled out restoring the Black Sea grain deal with Ukraine", "indirect", [grain, ukraine], { cue: "ruled out" });
  c.event("attack", "Ukraine launched 17 drones at Moscow", "Ukraine launched 17 drones at Moscow overnight", [[ukraine, "agent"], [russia, "target"]], [moscowPlace], { time: "overnight", counts: { launched: 17 } });
  c.affiliate(zelensky, ukraine, "Ukrainian President Volodymyr Zelensky", "Ukrainian President");
  c.affiliate(putinC, russia, "Putin");
  return [a.b.build(), b.b.build(), c.b.build()];
}

/** The fixture in a fresh MemoryStore. */
export function queryFixtureStore(): MemoryStore {
  const store = new MemoryStore();
  for (const delta of queryFixtureDeltas()) store.applySync(delta);
  return store;
}
