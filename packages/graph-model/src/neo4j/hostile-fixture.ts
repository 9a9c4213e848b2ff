// Test fixture: the wire stories plus an article whose names and quotes hold everything that breaks
// naive Cypher or CSV writers (quotes of three kinds, braces, `$`, newlines, `//`, `;`, backslashes,
// separators, non-Latin scripts). Spans are real offsets into the article text.
import { actorId, articleNodeId, eventId, placeId, sha256Hex, statementId } from "../ids";
import { DeltaBuilder, type GraphDelta } from "../delta";
import { MemoryStore } from "../store/memory-store";
import type { SerializedGraph } from "../serialize";
import { wireDeltas } from "../testing/wire-fixture";
import type { Provenance } from "../schema/generated";

export const HOSTILE_ARTICLE = "hostile 'ids' #1.txt";

export const HOSTILE_NAMES = [
  "O'Brien",
  'Ahmed "the Lion" Shah',
  "`Backtick` Brigade",
  "Group }) DETACH DELETE n //",
  "$rows Holdings",
  "Line\nBreak Front",
  "Слава Україні",
  "北京市人民政府",
  "الحرس الثوري",
  "Back\\slash; Ltd",
] as const;

export const HOSTILE_QUOTE = "He said: \"it's over\" '); MATCH (n) DETACH DELETE n; // `$x` }\u2028and then\r\nleft 😀";

export const HOSTILE_TEXT =
  `${HOSTILE_NAMES.join(" met ")} in Zürich.\n${HOSTILE_QUOTE}\nThe blast in Zürich killed 3 people.`;

function spanIn(phrase: string): Provenance {
  const start = HOSTILE_TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(phrase)} not in the hostile article`);
  return { article: HOSTILE_ARTICLE, start, end: start + phrase.length };
}

export function hostileDelta(): GraphDelta {
  const b = new DeltaBuilder(HOSTILE_ARTICLE);
  const article = articleNodeId(HOSTILE_ARTICLE);
  b.addNode(article, { type: "Article", name: HOSTILE_ARTICLE, title: "A title with 'quotes', \"more\" and a\nnewline", contentHash: sha256Hex(HOSTILE_TEXT), text: HOSTILE_TEXT });
  const actors = HOSTILE_NAMES.map((name, i) => {
    const id = actorId(name);
    const provenance = [spanIn(name)];
    b.addNode(id, { type: "Actor", name, aliases: i % 2 ? [`${name} (alias ')`] : [], actorType: i % 2 ? "person" : "group", roles: ["role with } and $param"], provenance });
    b.addEdge(id, article, { type: "MENTIONED_IN", provenance });
    return id;
  });
  const quote = statementId(HOSTILE_ARTICLE, HOSTILE_QUOTE);
  const quoteSpan = [spanIn(HOSTILE_QUOTE)];
  b.addNode(quote, { type: "Statement", text: HOSTILE_QUOTE, kind: "direct", cue: "said:", channel: "on `Telegram`", article: HOSTILE_ARTICLE, date: "2025-06-03", provenance: quoteSpan });
  b.addEdge(actors[0]!, quote, { type: "SAID", provenance: quoteSpan });
  b.addEdge(quote, actors[3]!, { type: "ABOUT", provenance: quoteSpan });
  b.addEdge(quote, article, { type: "REPORTED_IN", provenance: quoteSpan });
  const zurich = placeId("Zürich");
  b.addNode(zurich, { type: "Place", name: "Zürich", placeType: "city", country: "CH", provenance: [spanIn("Zürich")] });
  b.addEdge(zurich, article, { type: "MENTIONED_IN", provenance: [spanIn("Zürich")] });
  const evidence = "The blast in Zürich killed 3 people.";
  const blast = eventId(HOSTILE_ARTICLE, "explosion_sabotage", evidence);
  b.addNode(blast, { type: "Event", eventType: "explosion_sabotage", label: "blast in Zürich", trigger: "blast", counts: { killed: 3 }, article: HOSTILE_ARTICLE, provenance: [spanIn(evidence)] });
  b.addEdge(blast, zurich, { type: "LOCATED_IN", provenance: [spanIn(evidence)] });
  b.addEdge(actors[2]!, blast, { type: "PARTICIPATED_IN", role: "agent", provenance: [spanIn(evidence)] });
  b.addEdge(blast, article, { type: "REPORTED_IN", provenance: [spanIn(evidence)] });
  b.addEdge(actors[5]!, actors[6]!, { type: "AFFILIATED_WITH", role: "chief 'of' \"staff\"", provenance: [spanIn(HOSTILE_NAMES[5])] });
  return b.build();
}

/** The wire stories and the hostile article, merged in a memory store, exported. */
export function hostileGraph(): SerializedGraph {
  const store = new MemoryStore();
  for (const delta of [...wireDeltas(), hostileDelta()]) store.applySync(delta);
  return store.exportSync();
}
