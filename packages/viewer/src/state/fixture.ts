// A small, realistic graph for unit tests and the XSS check: two articles, built through DeltaBuilder so
// that it obeys the schema exactly as the extractor's output does. Not imported by the app.
import {
  DeltaBuilder,
  MemoryStore,
  actorId,
  agreementId,
  articleNodeId,
  edgeKey,
  eventId,
  placeId,
  sha256Hex,
  statementId,
  type GraphDelta,
  type Provenance,
} from "@newsgraph/graph-model";

export const FIXTURE_ARTICLES = {
  moscow: {
    id: "a1.txt",
    title: "Drones over Moscow",
    source: "Example Wire",
    published: "2024-11-10",
    text:
      "The drones were destroyed near Moscow, its mayor Sergei Sobyanin said. " +
      "“There is no serious damage,” Sobyanin wrote on Telegram. " +
      "Vladimir Putin signed the treaty with North Korea. " +
      "Kim Jong Un praised Putin.",
  },
  hostile: {
    id: "a2.txt",
    title: "<b>Hostile</b> title",
    source: "Other Wire",
    published: "2024-12-02",
    text: "Putin said <img src=x onerror=alert(1)> and <script>window.__pwned=1</script> were nothing. Sobyanin met Putin in Moscow.",
  },
} as const;

function span(article: { id: string; text: string }, words: string, from = 0): Provenance {
  const start = article.text.indexOf(words, from);
  if (start < 0) throw new Error(`fixture: "${words}" not in ${article.id}`);
  return { article: article.id, start, end: start + words.length };
}

function articleNode(b: DeltaBuilder, a: { id: string; title: string; source: string; published: string; text: string }): string {
  return b.addNode(articleNodeId(a.id), { type: "Article", name: a.id, title: a.title, source: a.source, published: a.published, contentHash: sha256Hex(a.text), text: a.text });
}

function moscowDelta(): GraphDelta {
  const a = FIXTURE_ARTICLES.moscow;
  const b = new DeltaBuilder(a.id);
  const art = articleNode(b, a);
  const sobyanin = b.addNode(actorId("Sergei Sobyanin"), { type: "Actor", name: "Sergei Sobyanin", aliases: ["Sobyanin"], actorType: "person", roles: ["mayor of Moscow"], provenance: [span(a, "Sergei Sobyanin"), span(a, "Sobyanin", 80)] });
  const putin = b.addNode(actorId("Vladimir Putin"), { type: "Actor", name: "Vladimir Putin", aliases: ["Putin"], actorType: "person", provenance: [span(a, "Vladimir Putin")] });
  const nk = b.addNode(actorId("North Korea"), { type: "Actor", name: "North Korea", aliases: [], actorType: "country", provenance: [span(a, "North Korea")] });
  const kim = b.addNode(actorId("Kim Jong Un"), { type: "Actor", name: "Kim Jong Un", aliases: ["Kim Jong-un"], actorType: "person", provenance: [span(a, "Kim Jong Un")] });
  const s1Text = "The drones were destroyed near Moscow";
  const s1 = b.addNode(statementId(a.id, s1Text), { type: "Statement", text: s1Text, kind: "indirect", cue: "said", article: a.id, date: "2024-11-10", provenance: [span(a, s1Text)] });
  const s2Text = "There is no serious damage,";
  const s2 = b.addNode(statementId(a.id, s2Text), { type: "Statement", text: s2Text, kind: "direct", cue: "wrote", channel: "on Telegram", article: a.id, date: "2024-11-10", provenance: [span(a, s2Text)] });
  const s3Text = "praised Putin";
  const s3 = b.addNode(statementId(a.id, s3Text), { type: "Statement", text: s3Text, kind: "indirect", article: a.id, provenance: [span(a, s3Text)] });
  const treaty = b.addNode(agreementId("Russia North Korea treaty"), { type: "Agreement", name: "Russia North Korea treaty", agreementType: "treaty", status: "signed", provenance: [span(a, "signed the treaty with North Korea")] });
  const moscow = b.addNode(placeId("Moscow"), { type: "Place", name: "Moscow", placeType: "city", provenance: [span(a, "Moscow")] });
  const evText = "The drones were destroyed near Moscow";
  const ev = b.addNode(eventId(a.id, "interception", evText), { type: "Event", eventType: "interception", label: "drones destroyed near Moscow", article: a.id, date: "2024-11-10", counts: { destroyed: 3 }, provenance: [span(a, evText)] });
  const sign = b.addNode(eventId(a.id, "agreement_action", "Vladimir Putin signed the treaty"), { type: "Event", eventType: "agreement_action", label: "Putin signs treaty", article: a.id, provenance: [span(a, "Vladimir Putin signed the treaty")] });
  const p = (words: string) => [span(a, words)];
  b.addEdge(sobyanin, s1, { type: "SAID", provenance: p("Sergei Sobyanin said") });
  b.addEdge(sobyanin, s2, { type: "SAID", provenance: p("Sobyanin wrote") });
  b.addEdge(kim, s3, { type: "SAID", provenance: p("Kim Jong Un praised") });
  b.addEdge(s3, putin, { type: "ABOUT", provenance: p("praised Putin") });
  b.addEdge(s1, ev, { type: "ABOUT", provenance: p(s1Text) });
  b.addEdge(putin, treaty, { type: "PARTY_TO", role: "signatory", provenance: p("Vladimir Putin signed the treaty") });
  b.addEdge(nk, treaty, { type: "PARTY_TO", role: "party", provenance: p("treaty with North Korea") });
  b.addEdge(putin, sign, { type: "PARTICIPATED_IN", role: "agent", provenance: p("Vladimir Putin signed") });
  b.addEdge(ev, moscow, { type: "LOCATED_IN", provenance: p("near Moscow") });
  for (const n of [sobyanin, putin, nk, kim, moscow]) b.addEdge(n, art, { type: "MENTIONED_IN", provenance: [] });
  for (const n of [s1, s2, s3, treaty, ev, sign]) b.addEdge(n, art, { type: "REPORTED_IN", provenance: [] });
  return b.build();
}

function hostileDelta(): GraphDelta {
  const a = FIXTURE_ARTICLES.hostile;
  const b = new DeltaBuilder(a.id);
  const art = articleNode(b, a);
  const putin = b.addNode(actorId("Vladimir Putin"), { type: "Actor", name: "Vladimir Putin", aliases: ["Putin"], actorType: "person", provenance: [span(a, "Putin")] });
  const sobyanin = b.addNode(actorId("Sergei Sobyanin"), { type: "Actor", name: "Sergei Sobyanin", aliases: ["Sobyanin"], actorType: "person", provenance: [span(a, "Sobyanin")] });
  const qText = "<img src=x onerror=alert(1)> and <script>window.__pwned=1</script> were nothing";
  const q = b.addNode(statementId(a.id, qText), { type: "Statement", text: qText, kind: "indirect", cue: "said", article: a.id, date: "2024-12-02", provenance: [span(a, qText)] });
  const meet = b.addNode(eventId(a.id, "meeting_talks", "Sobyanin met Putin in Moscow"), { type: "Event", eventType: "meeting_talks", label: "Sobyanin meets Putin", article: a.id, date: "2024-12-02", provenance: [span(a, "Sobyanin met Putin in Moscow")] });
  b.addEdge(putin, q, { type: "SAID", provenance: [span(a, "Putin said")] });
  b.addEdge(sobyanin, meet, { type: "PARTICIPATED_IN", role: "agent", provenance: [span(a, "Sobyanin met")] });
  b.addEdge(putin, meet, { type: "PARTICIPATED_IN", role: "participant", provenance: [span(a, "met Putin")] });
  b.addEdge(putin, art, { type: "MENTIONED_IN", provenance: [] });
  b.addEdge(sobyanin, art, { type: "MENTIONED_IN", provenance: [] });
  b.addEdge(q, art, { type: "REPORTED_IN", provenance: [] });
  b.addEdge(meet, art, { type: "REPORTED_IN", provenance: [] });
  return b.build();
}

/** The fixture as a store (both articles applied, as a build would). */
export function fixtureStore(): MemoryStore {
  const store = new MemoryStore();
  store.applySync(moscowDelta());
  store.applySync(hostileDelta());
  return store;
}

export const FIXTURE_IDS = {
  sobyanin: actorId("Sergei Sobyanin"),
  putin: actorId("Vladimir Putin"),
  kim: actorId("Kim Jong Un"),
  northKorea: actorId("North Korea"),
  treaty: agreementId("Russia North Korea treaty"),
  moscow: placeId("Moscow"),
  article1: articleNodeId("a1.txt"),
  article2: articleNodeId("a2.txt"),
  said: (actor: string, statement: string) => edgeKey("SAID", actor, statement),
};
