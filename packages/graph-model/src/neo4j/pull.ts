// `newsgraph pull`: whatever nodes, relationships and paths a Cypher query returns, as a graph in the
// contract's JSON form. Nodes without a newsgraph label or `id` are left out and counted.
import neo4j from "neo4j-driver";
import type { Node, Path, Relationship } from "neo4j-driver";
import { EdgeTypes, type EdgeType } from "../schema/generated";
import { keyOfEdge } from "../delta";
import { defaultGraphAttributes, makeSerializedGraph, type SerializedEdge, type SerializedGraph, type SerializedNode } from "../serialize";
import { edgeFromProperties, labelOfLabels, nodeFromProperties } from "./properties";
import type { Neo4jStore } from "./store";
import { nodesByElementIds } from "./queries";

export interface PullResult {
  graph: SerializedGraph;
  /** Nodes and relationships returned that are not newsgraph's (no schema label or type, no id). */
  skipped: { nodes: number; relationships: number };
}

interface Collected {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

function collect(value: unknown, into: Collected): void {
  if (neo4j.isNode(value as object)) into.nodes.set((value as Node).elementId, value as Node);
  else if (neo4j.isRelationship(value as object)) into.relationships.set((value as Relationship).elementId, value as Relationship);
  else if (neo4j.isPath(value as object)) {
    const path = value as Path;
    collect(path.start, into);
    for (const segment of path.segments) {
      collect(segment.relationship, into);
      collect(segment.end, into);
    }
  } else if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collect(v, into);
  }
}


function toSerializedNode(node: Node): SerializedNode | undefined {
  const label = labelOfLabels(node.labels);
  const p = node.properties as Record<string, unknown>;
  if (!label || typeof p.id !== "string") return undefined;
  return { key: p.id, attributes: nodeFromProperties(label, p) };
}

/**
 * Runs `cypher` (read-only) and turns every node, relationship and path it returns into a graph. The
 * endpoints of relationships the query returned without their nodes are read in the same transaction,
 * by element id.
 */
export async function pullCypher(store: Neo4jStore, cypher: string, params: Record<string, unknown> = {}): Promise<PullResult> {
  return store.inReadTransaction(async (run) => {
    const collected: Collected = { nodes: new Map(), relationships: new Map() };
    for (const record of await run(cypher, params)) for (const key of record.keys) collect(record.get(key), collected);
    const missing = [...collected.relationships.values()]
      .flatMap((r) => [r.startNodeElementId, r.endNodeElementId])
      .filter((eid) => !collected.nodes.has(eid));
    const found = missing.length ? await run(nodesByElementIds().text, { eids: [...new Set(missing)] }) : [];
    return toGraph(collected, found.map((r) => r.toObject() as { eid: string; labels: string[]; p: Record<string, unknown> }));
  });
}

function toGraph(collected: Collected, endpoints: { eid: string; labels: string[]; p: Record<string, unknown> }[]): PullResult {
  const byElementId = new Map<string, SerializedNode>();
  let skippedNodes = 0;
  for (const [eid, node] of collected.nodes) {
    const serialized = toSerializedNode(node);
    if (serialized) byElementId.set(eid, serialized);
    else skippedNodes++;
  }
  for (const { eid, labels, p } of endpoints) {
    const label = labelOfLabels(labels);
    if (label && typeof p.id === "string") byElementId.set(eid, { key: p.id, attributes: nodeFromProperties(label, p) });
  }

  const edges: SerializedEdge[] = [];
  let skippedRelationships = 0;
  for (const rel of collected.relationships.values()) {
    const source = byElementId.get(rel.startNodeElementId), target = byElementId.get(rel.endNodeElementId);
    if (!(EdgeTypes as readonly string[]).includes(rel.type) || !source || !target) {
      skippedRelationships++;
      continue;
    }
    const attributes = edgeFromProperties(rel.type as EdgeType, rel.properties as Record<string, unknown>);
    const key = typeof rel.properties.key === "string" ? rel.properties.key : keyOfEdge({ source: source.key, target: target.key, attributes });
    edges.push({ key, source: source.key, target: target.key, attributes });
  }
  const nodes = [...new Map([...byElementId.values()].map((n) => [n.key, n])).values()];
  return {
    graph: makeSerializedGraph(nodes, edges, defaultGraphAttributes()),
    skipped: { nodes: skippedNodes, relationships: skippedRelationships },
  };
}
