// The Graph query API over the embedded MemoryStore: graphology adjacency and the store's indexes,
// never a scan of every node for a query about one actor.
import type {
  ActorAttributes,
  AgreementAttributes,
  EdgeAttributes,
  EdgeType,
  EventAttributes,
  NodeAttributes,
  NodeType,
  PartyRole,
  PlaceAttributes,
  StatementAttributes,
} from "../schema/generated";
import { articleNodeId } from "../ids";
import type { MemoryStore } from "../store/memory-store";
import type { SerializedGraph } from "../serialize";
import { QueryError } from "./errors";
import {
  ActorsOptionsSchema,
  AgreementsOfOptionsSchema,
  CoMentionedOptionsSchema,
  EgoOptionsSchema,
  EventsAtOptionsSchema,
  EventsInvolvingOptionsSchema,
  HopsSchema,
  PathsOptionsSchema,
  RELATION_EDGES,
  StatementsAboutOptionsSchema,
  StatementsByOptionsSchema,
  inDateRange,
  parseOptions,
  type ActorsOptions,
  type AgreementsOfOptions,
  type CoMentionedOptions,
  type EgoOptions,
  type EventsAtOptions,
  type EventsInvolvingOptions,
  type PathsOptions,
  type StatementsAboutOptions,
  type StatementsByOptions,
} from "./options";
import { findPathsByLength, type FoundPath } from "./path-search";
import { NameResolver, namedNode } from "./resolve";
import {
  actorRef,
  actorResult,
  agreementResult,
  byReadingOrder,
  byRefName,
  compareStrings,
  egoGraph,
  eventResult,
  nodeRef,
  partyList,
  pathStep,
  pathsResult,
  placeRef,
  sortCoMentions,
  statementResult,
  timelineEntries,
  type ArticleText,
} from "./results";
import type {
  ActorResult,
  AgreementResult,
  CoMention,
  EventResult,
  Graph,
  GraphPath,
  NodeInput,
  Party,
  PathsResult,
  StatementResult,
  TimelineEntry,
} from "./types";

const ARTICLE_EDGES: readonly EdgeType[] = ["REPORTED_IN", "MENTIONED_IN"];

export class MemoryGraph implements Graph {
  readonly kind = "memory";
  private readonly resolvers = new Map<NodeType, NameResolver>();
  private readonly textOf: ArticleText;

  constructor(readonly store: MemoryStore) {
    const g = store.graph;
    // Names change only when nodes are added or merged: drop the resolvers then, rebuild on next use.
    const stale = () => this.resolvers.clear();
    for (const event of ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "cleared"] as const) g.on(event, stale);
    this.textOf = (article) => {
      const key = articleNodeId(article);
      if (!g.hasNode(key)) return undefined;
      const a = g.getNodeAttributes(key);
      return a.type === "Article" ? a.text : undefined;
    };
  }

  private get g() {
    return this.store.graph;
  }

  private attrs<T extends NodeAttributes>(id: string): T {
    return this.g.getNodeAttributes(id) as T;
  }

  private resolver(type: NodeType): NameResolver {
    let resolver = this.resolvers.get(type);
    if (!resolver) {
      resolver = new NameResolver(type.toLowerCase(), this.store.idsOfType(type).map((id) => namedNode(id, this.attrs(id))));
      this.resolvers.set(type, resolver);
    }
    return resolver;
  }

  /** The id of the node meant; ids and exact names go through the store's indexes, the rest through the resolver. */
  private resolve(type: NodeType, input: NodeInput): string {
    const text = typeof input === "string" ? input : input.id;
    if (this.g.hasNode(text) && this.attrs(text).type === type) return text;
    const exact = this.store.idsByName(text, type);
    if (exact.length === 1) return exact[0]!;
    return this.resolver(type).resolve(text);
  }

  private checkArticle(article: string): void {
    if (this.g.hasNode(articleNodeId(article))) return;
    throw this.resolver("Article").unknown(article);
  }

  // One edge walk: the other end of each edge of `type` at `id`, in one direction.
  private each(id: string, direction: "out" | "in", type: EdgeType, visit: (other: string, edge: EdgeAttributes) => void): void {
    const step = (_key: string, a: EdgeAttributes, source: string, target: string) => {
      if (a.type === type) visit(direction === "out" ? target : source, a);
    };
    if (direction === "out") this.g.forEachOutEdge(id, step);
    else this.g.forEachInEdge(id, step);
  }

  private actorRefOf = (id: string) => actorRef(id, this.attrs<ActorAttributes>(id));

  private statement(id: string): StatementResult {
    const speakers: ReturnType<typeof actorRef>[] = [];
    this.each(id, "in", "SAID", (actor) => speakers.push(this.actorRefOf(actor)));
    const about: ReturnType<typeof nodeRef>[] = [];
    this.each(id, "out", "ABOUT", (target) => about.push(nodeRef(target, this.attrs(target))));
    return statementResult(id, this.attrs<StatementAttributes>(id), speakers, about, this.textOf);
  }

  private event(id: string): EventResult {
    const participants: { actor: ReturnType<typeof actorRef>; role: EventResult["participants"][number]["role"] }[] = [];
    this.each(id, "in", "PARTICIPATED_IN", (actor, edge) => {
      participants.push({ actor: this.actorRefOf(actor), role: (edge as { role: EventResult["participants"][number]["role"] }).role });
    });
    const places: ReturnType<typeof placeRef>[] = [];
    this.each(id, "out", "LOCATED_IN", (place) => places.push(placeRef(place, this.attrs<PlaceAttributes>(place))));
    return eventResult(id, this.attrs<EventAttributes>(id), participants, places, this.textOf);
  }

  private parties(agreement: string): Party[] {
    const raw: Parameters<typeof partyList>[0] = [];
    this.each(agreement, "in", "PARTY_TO", (actor, edge) => {
      const role = (edge as { role?: PartyRole }).role;
      raw.push({ actor: this.actorRefOf(actor), ...(role ? { role } : {}), provenance: edge.provenance });
    });
    return partyList(raw, this.textOf);
  }

  private agreement(id: string): AgreementResult {
    return agreementResult(id, this.attrs<AgreementAttributes>(id), this.parties(id), this.textOf);
  }

  private articleName(node: string): string {
    return this.attrs<{ type: "Article"; name: string } & NodeAttributes>(node).name;
  }

  private articlesOf(actor: string): string[] {
    const out: string[] = [];
    this.each(actor, "out", "MENTIONED_IN", (article) => out.push(this.articleName(article)));
    return out;
  }

  private actorResultOf(id: string): ActorResult {
    return actorResult(id, this.attrs<ActorAttributes>(id), this.articlesOf(id), this.textOf);
  }

  async actors(options?: ActorsOptions): Promise<ActorResult[]> {
    const o = parseOptions("actors", ActorsOptionsSchema, options);
    if (o.article) this.checkArticle(o.article);
    let ids: string[];
    if (o.name) {
      ids = this.resolver("Actor").matches(o.name).map((n) => n.id);
      if (!ids.length) throw this.resolver("Actor").unknown(o.name);
    } else ids = o.article ? this.store.idsInArticle(o.article) : this.store.idsOfType("Actor");
    const inArticle = o.article ? new Set(this.store.idsInArticle(o.article)) : undefined;
    return ids
      .filter((id) => this.attrs(id).type === "Actor")
      .filter((id) => !o.type || this.attrs<ActorAttributes>(id).actorType === o.type)
      .filter((id) => !inArticle || inArticle.has(id))
      .map((id) => this.actorResultOf(id))
      .sort(byRefName);
  }

  async actor(input: NodeInput): Promise<ActorResult> {
    return this.actorResultOf(this.resolve("Actor", input));
  }

  async statementsBy(actor: NodeInput, options?: StatementsByOptions): Promise<StatementResult[]> {
    const o = parseOptions("statementsBy", StatementsByOptionsSchema, options);
    const id = this.resolve("Actor", actor);
    const about = o.about === undefined ? undefined : this.resolve("Actor", o.about);
    if (o.article) this.checkArticle(o.article);
    const out: StatementResult[] = [];
    this.each(id, "out", "SAID", (s) => {
      const a = this.attrs<StatementAttributes>(s);
      if (o.kind && a.kind !== o.kind) return;
      if (o.article && a.article !== o.article) return;
      if (!inDateRange(a.date, o)) return;
      if (about && !this.g.someOutEdge(s, (_k, e, _src, target) => e.type === "ABOUT" && target === about)) return;
      out.push(this.statement(s));
    });
    return out.sort(byReadingOrder);
  }

  async statementsAbout(actor: NodeInput, options?: StatementsAboutOptions): Promise<StatementResult[]> {
    const o = parseOptions("statementsAbout", StatementsAboutOptionsSchema, options);
    const id = this.resolve("Actor", actor);
    const by = o.by === undefined ? undefined : this.resolve("Actor", o.by);
    const out: StatementResult[] = [];
    this.each(id, "in", "ABOUT", (s) => {
      if (by && !this.g.someInEdge(s, (_k, e, source) => e.type === "SAID" && source === by)) return;
      out.push(this.statement(s));
    });
    return out.sort(byReadingOrder);
  }

  async whoSaidAbout(a: NodeInput, b: NodeInput): Promise<StatementResult[]> {
    const x = this.resolve("Actor", a), y = this.resolve("Actor", b);
    const ids = new Set<string>();
    for (const [speaker, subject] of [[x, y], [y, x]] as const) {
      this.each(speaker, "out", "SAID", (s) => {
        if (this.g.someOutEdge(s, (_k, e, _src, target) => e.type === "ABOUT" && target === subject)) ids.add(s);
      });
    }
    return [...ids].map((s) => this.statement(s)).sort(byReadingOrder);
  }

  async agreementsOf(actor: NodeInput, options?: AgreementsOfOptions): Promise<AgreementResult[]> {
    const o = parseOptions("agreementsOf", AgreementsOfOptionsSchema, options);
    const id = this.resolve("Actor", actor);
    const ids = new Set<string>();
    this.each(id, "out", "PARTY_TO", (agreement) => {
      if (!o.status || this.attrs<AgreementAttributes>(agreement).status === o.status) ids.add(agreement);
    });
    return [...ids].map((ag) => this.agreement(ag)).sort(byRefName);
  }

  async partiesTo(agreement: NodeInput): Promise<Party[]> {
    return this.parties(this.resolve("Agreement", agreement));
  }

  async eventsInvolving(actor: NodeInput, options?: EventsInvolvingOptions): Promise<EventResult[]> {
    const o = parseOptions("eventsInvolving", EventsInvolvingOptionsSchema, options);
    const id = this.resolve("Actor", actor);
    const place = o.place === undefined ? undefined : this.resolve("Place", o.place);
    const ids = new Set<string>();
    this.each(id, "out", "PARTICIPATED_IN", (event, edge) => {
      if (o.role && (edge as { role: string }).role !== o.role) return;
      const a = this.attrs<EventAttributes>(event);
      if (o.type && a.eventType !== o.type) return;
      if (!inDateRange(a.date, o)) return;
      if (place && !this.g.someOutEdge(event, (_k, e, _s, target) => e.type === "LOCATED_IN" && target === place)) return;
      ids.add(event);
    });
    return [...ids].map((e) => this.event(e)).sort(byReadingOrder);
  }

  async eventsAt(place: NodeInput, options?: EventsAtOptions): Promise<EventResult[]> {
    const o = parseOptions("eventsAt", EventsAtOptionsSchema, options);
    const id = this.resolve("Place", place);
    const ids = new Set<string>();
    this.each(id, "in", "LOCATED_IN", (event) => {
      const a = this.attrs<EventAttributes>(event);
      if ((!o.type || a.eventType === o.type) && inDateRange(a.date, o)) ids.add(event);
    });
    return [...ids].map((e) => this.event(e)).sort(byReadingOrder);
  }

  async coMentioned(actor: NodeInput, options?: CoMentionedOptions): Promise<CoMention[]> {
    const o = parseOptions("coMentioned", CoMentionedOptionsSchema, options);
    const id = this.resolve("Actor", actor);
    const shared = new Map<string, Set<string>>();
    this.each(id, "out", "MENTIONED_IN", (articleNode) => {
      const article = this.articleName(articleNode);
      this.each(articleNode, "in", "MENTIONED_IN", (other) => {
        if (other === id || this.attrs(other).type !== "Actor") return;
        const set = shared.get(other) ?? new Set<string>();
        set.add(article);
        shared.set(other, set);
      });
    });
    const list: CoMention[] = [];
    for (const [other, articles] of shared) {
      if (articles.size < o.minArticles) continue;
      list.push({ actor: this.actorRefOf(other), articles: [...articles].sort(compareStrings), count: articles.size });
    }
    return sortCoMentions(list);
  }

  async paths(a: NodeInput, b: NodeInput, options?: PathsOptions): Promise<PathsResult> {
    const o = parseOptions("paths", PathsOptionsSchema, options);
    const from = this.resolve("Actor", a), to = this.resolve("Actor", b);
    const via = new Set(o.via ?? RELATION_EDGES);
    const levels = findPathsByLength(from, to, o.maxHops, o.limit, (node, visit) => {
      this.g.forEachEdge(node, (key, attrs, source, target) => {
        if (via.has(attrs.type)) visit(key, source === node ? target : source);
      });
    });
    return pathsResult(this.actorRefOf(from), this.actorRefOf(to), levels.flat().map((p) => this.graphPath(p)), o.limit);
  }

  private graphPath(found: FoundPath): GraphPath {
    const nodes = found.nodes.map((id) => nodeRef(id, this.attrs(id)));
    const edges = found.edges.map((key) =>
      pathStep(key, this.g.source(key), this.g.target(key), this.g.getEdgeAttributes(key) as EdgeAttributes & { role?: string }, this.textOf),
    );
    return {
      hops: edges.length,
      nodes,
      edges,
      statements: nodes.filter((n) => n.type === "Statement").map((n) => this.statement(n.id)),
      events: nodes.filter((n) => n.type === "Event").map((n) => this.event(n.id)),
    };
  }

  async ego(actor: NodeInput, hops: number, options?: EgoOptions): Promise<SerializedGraph> {
    const depth = parseOptions("ego", HopsSchema, hops);
    const o = parseOptions("ego", EgoOptionsSchema, options);
    const id = this.resolve("Actor", actor);
    const ids = new Set(this.store.egoIds(id, depth, o.via ?? RELATION_EDGES));
    // The articles behind every node come along, so the subgraph keeps its provenance text.
    for (const node of [...ids]) {
      this.g.forEachOutEdge(node, (_k, e, _s, target) => {
        if (ARTICLE_EDGES.includes(e.type)) ids.add(target);
      });
    }
    const induced = this.store.induced(ids);
    return egoGraph(induced.nodes, induced.edges, id, depth);
  }

  async timeline(actor: NodeInput): Promise<TimelineEntry[]> {
    const id = this.resolve("Actor", actor);
    return timelineEntries(await this.statementsBy(id), await this.eventsInvolving(id));
  }

  async cypher(_query: string, _params?: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    throw new QueryError("graph.cypher() needs a Neo4j graph: open one with openGraph('neo4j://…') or set NEO4J_URI");
  }

  async close(): Promise<void> {}
}

