// A small hand-made graph in the shape the extractor emits: two wire stories, one actor named two ways
// across them, direct and reported statements, an agreement with its mediators, and events with places.
// Every span is found in the article text, so provenance is real offsets, not made-up numbers.
import { actorId, agreementId, articleNodeId, eventId, placeId, sha256Hex, statementId } from "../ids";
import { DeltaBuilder, type GraphDelta } from "../delta";
import type { ActorType, Provenance } from "../schema/generated";
import { MemoryStore } from "../store/memory-store";

export const WIRE_A = "wire-a.txt";
export const WIRE_B = "wire-b.txt";

export const WIRE_TEXTS: Readonly<Record<string, string>> = {
  [WIRE_A]:
    "KYIV, June 3 (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Tuesday that Russia had launched " +
    "40 drones at Kyiv overnight. \"We will not surrender our cities,\" Zelenskiy told reporters.\n" +
    "The Black Sea Grain Initiative, a deal brokered by Turkey and the United Nations, has not been restored, " +
    "the Kremlin said.",
  [WIRE_B]:
    "ANKARA, June 4 (AP) - Turkish President Recep Tayyip Erdogan met Ukraine's President Zelensky in Ankara on " +
    "Wednesday. Erdogan said Turkey was ready to host new talks between Russia and Ukraine. \"The grain deal " +
    "must be revived,\" Erdogan said.",
};

/** The span of the `nth` occurrence of `phrase` in an article (throws when the phrase is not there). */
export function spanOf(article: string, phrase: string, nth = 0): Provenance {
  const text = WIRE_TEXTS[article]!;
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`fixture: "${phrase}" (#${nth}) is not in ${article}`);
  }
  return { article, start, end: start + phrase.length };
}

/** Ids of the fixture's nodes, for assertions. */
export const WIRE_IDS = {
  zelenskiy: actorId("Volodymyr Zelenskiy"),
  erdogan: actorId("Recep Tayyip Erdogan"),
  russia: actorId("Russia"),
  turkey: actorId("Turkey"),
  ukraine: actorId("Ukraine"),
  un: actorId("United Nations"),
  kremlin: actorId("Kremlin"),
  grainDeal: agreementId("Black Sea Grain Initiative"),
  kyiv: placeId("Kyiv"),
  ankara: placeId("Ankara"),
  articleA: articleNodeId(WIRE_A),
  articleB: articleNodeId(WIRE_B),
  surrender: statementId(WIRE_A, "We will not surrender our cities,"),
  drones: statementId(WIRE_A, "Russia had launched 40 drones at Kyiv overnight"),
  notRestored: statementId(WIRE_A, "The Black Sea Grain Initiative, a deal brokered by Turkey and the United Nations, has not been restored"),
  readyToHost: statementId(WIRE_B, "Turkey was ready to host new talks between Russia and Ukraine"),
  revived: statementId(WIRE_B, "The grain deal must be revived,"),
  droneAttack: eventId(WIRE_A, "attack", "Russia had launched 40 drones at Kyiv overnight"),
  ankaraTalks: eventId(WIRE_B, "meeting_talks", "Erdogan met Ukraine's President Zelensky in Ankara"),
} as const;

function article(b: DeltaBuilder, title: string, source: string): void {
  const text = WIRE_TEXTS[b.article]!;
  b.addNode(articleNodeId(b.article), { type: "Article", name: b.article, title, source, contentHash: sha256Hex(text), text });
}

function actor(b: DeltaBuilder, id: string, name: string, actorType: ActorType, mention: string, nth = 0, roles?: string[]): string {
  const provenance = [spanOf(b.article, mention, nth)];
  b.addNode(id, { type: "Actor", name, aliases: mention === name ? [] : [mention], actorType, ...(roles ? { roles } : {}), provenance });
  b.addEdge(id, articleNodeId(b.article), { type: "MENTIONED_IN", provenance });
  return id;
}

function statement(b: DeltaBuilder, id: string, speaker: string, text: string, kind: "direct" | "indirect", cue: string, about: string[]): void {
  const provenance = [spanOf(b.article, text)];
  b.addNode(id, { type: "Statement", text, kind, cue, article: b.article, provenance });
  b.addEdge(speaker, id, { type: "SAID", provenance });
  b.addEdge(id, articleNodeId(b.article), { type: "REPORTED_IN", provenance });
  for (const target of about) b.addEdge(id, target, { type: "ABOUT", provenance });
}

/** Reuters: drones on Kyiv, Zelenskiy speaks, the Kremlin on the grain deal. */
export function wireDeltaA(): GraphDelta {
  const b = new DeltaBuilder(WIRE_A);
  const ids = WIRE_IDS;
  article(b, "Zelenskiy: we will not surrender our cities", "Reuters");
  actor(b, ids.zelenskiy, "Volodymyr Zelenskiy", "person", "Volodymyr Zelenskiy", 0, ["President of Ukraine"]);
  actor(b, ids.zelenskiy, "Volodymyr Zelenskiy", "person", "Zelenskiy", 1);
  actor(b, ids.russia, "Russia", "country", "Russia");
  actor(b, ids.turkey, "Turkey", "country", "Turkey");
  actor(b, ids.un, "United Nations", "organization", "United Nations");
  actor(b, ids.kremlin, "Kremlin", "organization", "Kremlin");

  const kyiv = spanOf(WIRE_A, "Kyiv");
  b.addNode(ids.kyiv, { type: "Place", name: "Kyiv", placeType: "city", country: "UA", provenance: [kyiv] });
  b.addEdge(ids.kyiv, ids.articleA, { type: "MENTIONED_IN", provenance: [kyiv] });

  const droneWords = spanOf(WIRE_A, "Russia had launched 40 drones at Kyiv overnight");
  b.addNode(ids.droneAttack, { type: "Event", eventType: "attack", label: "Russia launches 40 drones at Kyiv", trigger: "launched", time: "overnight", counts: { launched: 40 }, article: WIRE_A, provenance: [droneWords] });
  b.addEdge(ids.russia, ids.droneAttack, { type: "PARTICIPATED_IN", role: "agent", provenance: [droneWords] });
  b.addEdge(ids.droneAttack, ids.kyiv, { type: "LOCATED_IN", provenance: [droneWords] });
  b.addEdge(ids.droneAttack, ids.articleA, { type: "REPORTED_IN", provenance: [droneWords] });

  const dealWords = spanOf(WIRE_A, "The Black Sea Grain Initiative, a deal brokered by Turkey and the United Nations, has not been restored");
  b.addNode(ids.grainDeal, { type: "Agreement", name: "Black Sea Grain Initiative", agreementType: "deal", status: "not_restored", statusHistory: ["not_restored"], provenance: [dealWords] });
  b.addEdge(ids.turkey, ids.grainDeal, { type: "PARTY_TO", role: "mediator", provenance: [dealWords] });
  b.addEdge(ids.un, ids.grainDeal, { type: "PARTY_TO", role: "mediator", provenance: [dealWords] });
  b.addEdge(ids.grainDeal, ids.articleA, { type: "REPORTED_IN", provenance: [dealWords] });

  statement(b, ids.drones, ids.zelenskiy, "Russia had launched 40 drones at Kyiv overnight", "indirect", "said", [ids.russia, ids.droneAttack]);
  statement(b, ids.surrender, ids.zelenskiy, "We will not surrender our cities,", "direct", "told reporters", []);
  statement(b, ids.notRestored, ids.kremlin, "The Black Sea Grain Initiative, a deal brokered by Turkey and the United Nations, has not been restored", "indirect", "said", [ids.grainDeal]);
  return b.build();
}

/** AP: Erdogan meets Zelensky in Ankara and speaks of talks and the grain deal. */
export function wireDeltaB(): GraphDelta {
  const b = new DeltaBuilder(WIRE_B);
  const ids = WIRE_IDS;
  article(b, "Erdogan hosts Zelensky, offers talks", "AP");
  actor(b, ids.erdogan, "Recep Tayyip Erdogan", "person", "Recep Tayyip Erdogan", 0, ["President of Turkey"]);
  actor(b, ids.erdogan, "Recep Tayyip Erdogan", "person", "Erdogan", 1);
  actor(b, ids.erdogan, "Recep Tayyip Erdogan", "person", "Erdogan", 2);
  // Another outlet spells him differently: same id, and the new spelling must end up an alias.
  actor(b, ids.zelenskiy, "Zelensky", "person", "Zelensky", 0, ["President"]);
  actor(b, ids.ukraine, "Ukraine", "country", "Ukraine", 1);
  actor(b, ids.turkey, "Turkey", "country", "Turkey");
  actor(b, ids.russia, "Russia", "country", "Russia");

  const ankara = spanOf(WIRE_B, "Ankara");
  b.addNode(ids.ankara, { type: "Place", name: "Ankara", placeType: "city", country: "TR", provenance: [ankara] });
  b.addEdge(ids.ankara, ids.articleB, { type: "MENTIONED_IN", provenance: [ankara] });

  const meetWords = spanOf(WIRE_B, "Erdogan met Ukraine's President Zelensky in Ankara");
  b.addNode(ids.ankaraTalks, { type: "Event", eventType: "meeting_talks", label: "Erdogan meets Zelensky in Ankara", trigger: "met", time: "Wednesday", article: WIRE_B, provenance: [meetWords] });
  b.addEdge(ids.erdogan, ids.ankaraTalks, { type: "PARTICIPATED_IN", role: "agent", provenance: [meetWords] });
  b.addEdge(ids.zelenskiy, ids.ankaraTalks, { type: "PARTICIPATED_IN", role: "participant", provenance: [meetWords] });
  b.addEdge(ids.ankaraTalks, ids.ankara, { type: "LOCATED_IN", provenance: [meetWords] });
  b.addEdge(ids.ankaraTalks, ids.articleB, { type: "REPORTED_IN", provenance: [meetWords] });

  // "The grain deal": the same agreement, named loosely; the status stated first stays.
  const grainDeal = spanOf(WIRE_B, "The grain deal must be revived");
  b.addNode(ids.grainDeal, { type: "Agreement", name: "Black Sea Grain Initiative", agreementType: "deal", status: "unknown", provenance: [grainDeal] });
  b.addEdge(ids.grainDeal, ids.articleB, { type: "REPORTED_IN", provenance: [grainDeal] });

  statement(b, ids.readyToHost, ids.erdogan, "Turkey was ready to host new talks between Russia and Ukraine", "indirect", "said", [ids.russia, ids.ukraine]);
  statement(b, ids.revived, ids.erdogan, "The grain deal must be revived,", "direct", "said", [ids.grainDeal]);
  return b.build();
}

/** Both deltas, in publication order. */
export const wireDeltas = (): GraphDelta[] => [wireDeltaA(), wireDeltaB()];

/** A memory store holding both deltas. */
export function wireStore(): MemoryStore {
  const store = new MemoryStore();
  for (const delta of wireDeltas()) store.applySync(delta);
  return store;
}
