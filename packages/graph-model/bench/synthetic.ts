// Synthetic input for the store benchmarks, shaped like the extractor's output: per article about a dozen
// actors drawn from a shared pool with a long tail (a few recur everywhere), a handful of statements, a few
// events with places, sometimes an agreement. Seeded, so every run measures the same work.
import { actorId, agreementId, articleNodeId, eventId, placeId, sha256Hex, statementId } from "../src/ids";
import { DeltaBuilder, type GraphDelta } from "../src/delta";
import { makeSerializedGraph, type SerializedEdge, type SerializedGraph, type SerializedNode } from "../src/serialize";
import { EdgeEndpoints, EventTypes, type EdgeType, type NodeAttributes, type NodeType } from "../src/schema/generated";

/** mulberry32: a small, fast, seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = "minister said forces talks drones region city border ceasefire deal attack strike president army council the of and in".split(" ");

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  return `${out.join(" ")}.`;
}

/** Deltas for `articles` synthetic articles. */
export function syntheticDeltas(articles: number, seed = 1): GraphDelta[] {
  const rand = random(seed);
  const pick = (n: number) => Math.floor(rand() * n);
  // Long tail: squaring a uniform draw makes low indexes (the recurring actors) far more likely.
  const poolActor = (pool: number) => `Actor Number ${Math.floor(rand() * rand() * pool)}`;
  const deltas: GraphDelta[] = [];
  for (let a = 0; a < articles; a++) {
    const article = `${String(a).padStart(6, "0")}_${sha256Hex(String(a)).slice(0, 16)}.txt`;
    const text = Array.from({ length: 30 }, () => sentence(rand, 14)).join(" ");
    const span = () => {
      const start = pick(text.length - 60);
      return [{ article, start, end: start + 10 + pick(50) }];
    };
    const b = new DeltaBuilder(article);
    const articleId = b.addNode(articleNodeId(article), { type: "Article", name: article, title: sentence(rand, 8), source: "Wire", contentHash: sha256Hex(text), text });
    // One actor in every article, as a head of state is in a war's news: a hub whose record gains
    // mentions from each article applied, the case where a merge that copies the whole record is quadratic.
    const hubSpan = span();
    const hub = b.addNode(actorId("Hub Actor"), { type: "Actor", name: "Hub Actor", aliases: [], actorType: "person", provenance: hubSpan });
    b.addEdge(hub, articleId, { type: "MENTIONED_IN", provenance: hubSpan });
    const actors: string[] = [hub];
    for (let i = 0; i < 12; i++) {
      const name = poolActor(5000);
      const provenance = span();
      const id = b.addNode(actorId(name), { type: "Actor", name, aliases: rand() < 0.3 ? [name.toUpperCase()] : [], actorType: rand() < 0.6 ? "person" : "organization", provenance });
      b.addEdge(id, articleId, { type: "MENTIONED_IN", provenance });
      actors.push(id);
    }
    for (let i = 0; i < 6; i++) {
      const words = sentence(rand, 12);
      const provenance = span();
      const id = b.addNode(statementId(article, words), { type: "Statement", text: words, kind: rand() < 0.5 ? "direct" : "indirect", cue: "said", article, provenance });
      b.addEdge(actors[pick(actors.length)]!, id, { type: "SAID", provenance });
      b.addEdge(id, actors[pick(actors.length)]!, { type: "ABOUT", provenance });
      b.addEdge(id, articleId, { type: "REPORTED_IN", provenance });
    }
    for (let i = 0; i < 3; i++) {
      const eventType = EventTypes[pick(EventTypes.length)]!;
      const evidence = sentence(rand, 10);
      const provenance = span();
      const id = b.addNode(eventId(article, eventType, evidence), { type: "Event", eventType, label: evidence.slice(0, 40), article, provenance });
      const place = `Place ${Math.floor(rand() * rand() * 800)}`;
      b.addNode(placeId(place), { type: "Place", name: place, provenance });
      b.addEdge(id, placeId(place), { type: "LOCATED_IN", provenance });
      b.addEdge(placeId(place), articleId, { type: "MENTIONED_IN", provenance });
      b.addEdge(actors[pick(actors.length)]!, id, { type: "PARTICIPATED_IN", role: "agent", provenance });
      b.addEdge(id, articleId, { type: "REPORTED_IN", provenance });
    }
    if (rand() < 0.2) {
      const name = `Accord ${pick(200)}`;
      const provenance = span();
      b.addNode(agreementId(name), { type: "Agreement", name, agreementType: "deal", status: "signed", provenance });
      b.addEdge(actors[pick(actors.length)]!, agreementId(name), { type: "PARTY_TO", role: "party", provenance });
      b.addEdge(agreementId(name), articleId, { type: "REPORTED_IN", provenance });
    }
    deltas.push(b.build());
  }
  return deltas;
}

const NODE_MIX: [NodeType, number][] = [["Actor", 0.35], ["Statement", 0.35], ["Event", 0.15], ["Place", 0.05], ["Agreement", 0.02], ["Article", 0.08]];

function syntheticNode(type: NodeType, i: number, rand: () => number): SerializedNode {
  const provenance = [{ article: `a${i % 5000}.txt`, start: i % 1000, end: (i % 1000) + 12 }];
  const key = `${type.toLowerCase()}:n${i}`;
  const attributes: Record<NodeType, () => NodeAttributes> = {
    Actor: () => ({ type: "Actor", name: `Actor ${i}`, aliases: rand() < 0.3 ? [`A. ${i}`] : [], actorType: "person", provenance }),
    Statement: () => ({ type: "Statement", text: `Statement number ${i} about the talks.`, kind: "direct", article: provenance[0]!.article, provenance }),
    Event: () => ({ type: "Event", eventType: "attack", label: `Event ${i}`, article: provenance[0]!.article, provenance }),
    Place: () => ({ type: "Place", name: `Place ${i}`, provenance }),
    Agreement: () => ({ type: "Agreement", name: `Accord ${i}`, agreementType: "deal", status: "signed", provenance }),
    Article: () => ({ type: "Article", name: `a${i}.txt`, title: `Title ${i}`, contentHash: sha256Hex(String(i)).slice(0, 16), text: `Text of article ${i}.` }),
  };
  return { key, attributes: (attributes[type] as () => NodeAttributes)() as never };
}

/** A graph of `nodeCount` nodes and `edgeCount` valid edges between them, in the file's canonical form. */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 2): SerializedGraph {
  const rand = random(seed);
  const nodes: SerializedNode[] = [];
  const byType = new Map<NodeType, string[]>();
  for (let i = 0; i < nodeCount; i++) {
    let r = rand();
    const type = NODE_MIX.find(([, share]) => (r -= share) < 0)?.[0] ?? "Actor";
    const node = syntheticNode(type, i, rand);
    nodes.push(node);
    let keysOfType = byType.get(type);
    if (!keysOfType) byType.set(type, (keysOfType = []));
    keysOfType.push(node.key);
  }
  const edgeTypes = Object.keys(EdgeEndpoints) as EdgeType[];
  const edges: SerializedEdge[] = [];
  const keys = new Set<string>();
  while (edges.length < edgeCount) {
    const type = edgeTypes[Math.floor(rand() * edgeTypes.length)]!;
    const ends = EdgeEndpoints[type];
    const fromList = byType.get(ends.from[Math.floor(rand() * ends.from.length)]!)!;
    const toList = byType.get(ends.to[Math.floor(rand() * ends.to.length)]!)!;
    const source = fromList[Math.floor(rand() * fromList.length)]!;
    const target = toList[Math.floor(rand() * toList.length)]!;
    const role = type === "PARTICIPATED_IN" ? "agent" : type === "PARTY_TO" ? "party" : undefined;
    const key = role ? `${type}|${source}|${target}|${role}` : `${type}|${source}|${target}`;
    if (source === target || keys.has(key)) continue;
    keys.add(key);
    const provenance = [{ article: "a1.txt", start: edges.length % 900, end: (edges.length % 900) + 20 }];
    edges.push({ key, source, target, attributes: (role ? { type, role, provenance } : { type, provenance }) as never });
  }
  return makeSerializedGraph(nodes, edges);
}
