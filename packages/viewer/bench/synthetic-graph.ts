// A seeded synthetic graph of the schema's shape for the viewer benchmark: `nodes` nodes (actors,
// statements, events, agreements, places, articles in news-like shares) and `edges` valid edges, with a
// long tail of actors so that a few hubs appear, as in real news graphs.
import { makeSerializedGraph, type EdgeAttributes, type EventType, type NodeAttributes, type SerializedEdge, type SerializedGraph, type SerializedNode } from "@newsgraph/graph-model";
import { EventTypes } from "@newsgraph/graph-model";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHARES = [["Actor", 0.3], ["Statement", 0.35], ["Event", 0.15], ["Agreement", 0.04], ["Place", 0.06], ["Article", 0.1]] as const;

export function syntheticViewerGraph(nodeCount: number, edgeCount: number, seed = 7): SerializedGraph {
  const rand = mulberry32(seed);
  const ids: Record<string, string[]> = { Actor: [], Statement: [], Event: [], Agreement: [], Place: [], Article: [] };
  const nodes: SerializedNode[] = [];
  const prov = (i: number) => [{ article: `a${i % Math.max(1, Math.round(nodeCount * 0.1))}.txt`, start: 0, end: 1 }];
  for (const [type, share] of SHARES) {
    const count = Math.max(1, Math.round(nodeCount * share));
    for (let i = 0; i < count; i++) {
      const key = `${type.toLowerCase()}:${i}`;
      ids[type]!.push(key);
      const attributes: NodeAttributes =
        type === "Actor" ? { type, name: `Actor ${i}`, aliases: [], actorType: i % 3 === 0 ? "person" : i % 3 === 1 ? "organization" : "country", provenance: prov(i) }
        : type === "Statement" ? { type, text: `statement number ${i} about the war`, kind: "direct", article: `a${i % 100}.txt`, provenance: prov(i) }
        : type === "Event" ? { type, eventType: EventTypes[i % EventTypes.length] as EventType, label: `event ${i}`, article: `a${i % 100}.txt`, provenance: prov(i) }
        : type === "Agreement" ? { type, name: `Agreement ${i}`, agreementType: "deal", status: "signed", provenance: prov(i) }
        : type === "Place" ? { type, name: `Place ${i}`, provenance: prov(i) }
        : { type, name: `a${i}.txt`, title: `Article ${i}`, contentHash: String(i), text: "" };
      nodes.push({ key, attributes });
    }
  }
  // Skewed picks: squaring the uniform number favours low indexes, which become the hubs.
  const pick = (type: string, skew = false) => {
    const list = ids[type]!;
    const r = rand();
    return list[Math.floor((skew ? r * r : r) * list.length)]!;
  };
  const RULES: [EdgeAttributes["type"], string, string][] = [["SAID", "Actor", "Statement"], ["ABOUT", "Statement", "Actor"], ["PARTICIPATED_IN", "Actor", "Event"], ["PARTY_TO", "Actor", "Agreement"], ["LOCATED_IN", "Event", "Place"], ["MENTIONED_IN", "Actor", "Article"], ["REPORTED_IN", "Statement", "Article"]];
  const edges = new Map<string, SerializedEdge>();
  for (let guard = 0; edges.size < edgeCount && guard < edgeCount * 20; guard++) {
    const [type, from, to] = RULES[Math.floor(rand() * RULES.length)]!;
    const source = pick(from, from === "Actor"), target = pick(to, to === "Actor");
    const key = `${type}|${source}|${target}`;
    if (edges.has(key)) continue;
    const attributes = (type === "PARTICIPATED_IN" ? { type, role: "agent", provenance: [] } : { type, provenance: [] }) as EdgeAttributes;
    edges.set(key, { key, source, target, attributes });
  }
  return makeSerializedGraph(nodes, [...edges.values()]);
}
