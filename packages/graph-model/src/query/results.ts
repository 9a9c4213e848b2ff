// Turning stored records into query results, and the one order each result list comes in. Both stores
// build their answers through these functions, so that they answer byte for byte the same.
import type {
  ActorAttributes,
  AgreementAttributes,
  EdgeType,
  EventAttributes,
  NodeAttributes,
  PartyRole,
  Provenance,
  StatementAttributes,
} from "../schema/generated";
import { compareProvenance, excerpt } from "../provenance";
import { defaultGraphAttributes, makeSerializedGraph, type SerializedEdge, type SerializedGraph, type SerializedNode } from "../serialize";
import type {
  ActorRef,
  ActorResult,
  AgreementResult,
  CoMention,
  EventResult,
  GraphPath,
  Mention,
  NodeRef,
  Participant,
  Party,
  PathsResult,
  PathStep,
  PlaceRef,
  StatementResult,
  TimelineEntry,
} from "./types";

/** The text of an article by id, when the graph holds it. */
export type ArticleText = (article: string) => string | undefined;

const EXCERPT_MAX = 240;

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function mentionsOf(provenance: readonly Provenance[] | undefined, textOf: ArticleText): Mention[] {
  return [...(provenance ?? [])].sort(compareProvenance).map((p) => {
    const text = textOf(p.article);
    return { article: p.article, start: p.start, end: p.end, excerpt: text ? excerpt(text, p.start, p.end, EXCERPT_MAX).text : "" };
  });
}

export function nameOf(attributes: NodeAttributes): string {
  switch (attributes.type) {
    case "Statement":
      return attributes.text;
    case "Event":
      return attributes.label;
    default:
      return attributes.name;
  }
}

export const actorRef = (id: string, a: ActorAttributes): ActorRef => ({ id, name: a.name, actorType: a.actorType });
export const nodeRef = (id: string, a: NodeAttributes): NodeRef => ({ id, type: a.type, name: nameOf(a) });
export const placeRef = (id: string, a: { name: string }): PlaceRef => ({ id, name: a.name });

export const byRefName = (a: { name: string; id: string }, b: { name: string; id: string }) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id);
const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

function firstMention(mentions: readonly Mention[], fallbackArticle: string): { article: string; start: number } {
  const m = mentions[0];
  return m ? { article: m.article, start: m.start } : { article: fallbackArticle, start: -1 };
}

/** Reading order: article, then where in it, then id. */
export function byReadingOrder(a: { id: string; article: string; mentions: Mention[] }, b: { id: string; article: string; mentions: Mention[] }): number {
  const x = firstMention(a.mentions, a.article), y = firstMention(b.mentions, b.article);
  return compareStrings(x.article, y.article) || x.start - y.start || compareStrings(a.id, b.id);
}

export function actorResult(id: string, a: ActorAttributes, articles: readonly string[], textOf: ArticleText): ActorResult {
  return {
    ...actorRef(id, a),
    aliases: [...a.aliases].sort(compareStrings),
    roles: [...(a.roles ?? [])].sort(compareStrings),
    ...(a.affiliation ? { affiliation: a.affiliation } : {}),
    articles: [...new Set(articles)].sort(compareStrings),
    mentions: mentionsOf(a.provenance, textOf),
  };
}

export function statementResult(id: string, a: StatementAttributes, speakers: ActorRef[], about: NodeRef[], textOf: ArticleText): StatementResult {
  return {
    id,
    text: a.text,
    kind: a.kind,
    ...(a.cue ? { cue: a.cue } : {}),
    ...(a.channel ? { channel: a.channel } : {}),
    article: a.article,
    ...(a.date ? { date: a.date } : {}),
    speakers: [...speakers].sort(byRefName),
    about: [...about].sort(byId),
    mentions: mentionsOf(a.provenance, textOf),
  };
}

export function partyList(parties: { actor: ActorRef; role?: PartyRole; provenance: readonly Provenance[] }[], textOf: ArticleText): Party[] {
  const byActor = new Map<string, { actor: ActorRef; roles: Set<PartyRole>; provenance: Provenance[] }>();
  for (const p of parties) {
    const entry = byActor.get(p.actor.id) ?? { actor: p.actor, roles: new Set<PartyRole>(), provenance: [] };
    if (p.role) entry.roles.add(p.role);
    entry.provenance.push(...p.provenance);
    byActor.set(p.actor.id, entry);
  }
  return [...byActor.values()]
    .map((e) => ({
      actor: e.actor,
      roles: [...e.roles].sort(compareStrings),
      mentions: mentionsOf(dedupeProvenance(e.provenance), textOf),
    }))
    .sort((x, y) => byRefName(x.actor, y.actor));
}

function dedupeProvenance(list: Provenance[]): Provenance[] {
  const seen = new Map(list.map((p) => [`${p.article}\u0000${p.start}\u0000${p.end}`, p]));
  return [...seen.values()].sort((a, b) => compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end);
}

export function agreementResult(id: string, a: AgreementAttributes, parties: Party[], textOf: ArticleText): AgreementResult {
  return {
    id,
    name: a.name,
    agreementType: a.agreementType,
    status: a.status,
    statusHistory: [...new Set(a.statusHistory ?? [])].sort(compareStrings),
    parties,
    mentions: mentionsOf(a.provenance, textOf),
  };
}

export function eventResult(id: string, a: EventAttributes, participants: Participant[], places: PlaceRef[], textOf: ArticleText): EventResult {
  return {
    id,
    eventType: a.eventType,
    label: a.label,
    article: a.article,
    ...(a.date ? { date: a.date } : {}),
    ...(a.time ? { time: a.time } : {}),
    ...(a.counts && Object.keys(a.counts).length ? { counts: Object.fromEntries(Object.entries(a.counts).sort()) } : {}),
    participants: [...participants].sort((x, y) => byRefName(x.actor, y.actor) || compareStrings(x.role, y.role)),
    places: [...places].sort(byRefName),
    mentions: mentionsOf(a.provenance, textOf),
  };
}

export function sortCoMentions(list: CoMention[]): CoMention[] {
  return list.sort((a, b) => b.count - a.count || byRefName(a.actor, b.actor));
}

export function comparePaths(a: GraphPath, b: GraphPath): number {
  if (a.hops !== b.hops) return a.hops - b.hops;
  for (let i = 0; i < a.nodes.length; i++) {
    const c = compareStrings(a.nodes[i]!.id, b.nodes[i]!.id);
    if (c) return c;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i]!, y = b.edges[i]!;
    const c = compareStrings(x.key, y.key);
    if (c) return c;
  }
  return 0;
}

/** One edge of a path, with the words it was read from. */
export function pathStep(
  key: string,
  source: string,
  target: string,
  a: { type: EdgeType; role?: string; provenance?: readonly Provenance[] },
  textOf: ArticleText,
): PathStep {
  return { key, type: a.type, source, target, ...(a.role ? { role: a.role } : {}), mentions: mentionsOf(a.provenance, textOf) };
}

/** The paths found between two actors, shortest first, cut at `limit`. */
export function pathsResult(from: ActorRef, to: ActorRef, paths: GraphPath[], limit: number): PathsResult {
  const all = [...paths].sort(comparePaths);
  const minHops = all[0]?.hops;
  return {
    from,
    to,
    shortest: all.filter((p) => p.hops === minHops).slice(0, limit),
    all: all.slice(0, limit),
    truncated: all.length > limit,
  };
}

/** Dated entries by date, then undated ones; within a date, reading order. */
export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  const idOf = (e: TimelineEntry) => (e.kind === "statement" ? e.statement.id : e.event.id);
  return entries.sort((a, b) => {
    if (a.date && !b.date) return -1;
    if (!a.date && b.date) return 1;
    return compareStrings(a.date ?? "", b.date ?? "") || compareStrings(a.article, b.article) || a.start - b.start || compareStrings(idOf(a), idOf(b));
  });
}

export function timelineEntries(statements: StatementResult[], events: EventResult[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...statements.map((s) => ({ kind: "statement" as const, ...(s.date ? { date: s.date } : {}), article: s.article, start: s.mentions[0]?.start ?? -1, statement: s })),
    ...events.map((e) => ({ kind: "event" as const, ...(e.date ? { date: e.date } : {}), article: e.article, start: e.mentions[0]?.start ?? -1, event: e })),
  ];
  return sortTimeline(entries);
}

/** An ego subgraph in the graph file form, labelled with what it is the neighbourhood of. */
export function egoGraph(nodes: SerializedNode[], edges: SerializedEdge[], actor: string, hops: number): SerializedGraph {
  return makeSerializedGraph(nodes, edges, { ...defaultGraphAttributes(), subgraph: `ego of ${actor} within ${hops} hops` });
}
