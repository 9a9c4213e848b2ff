// The Graph query API on Neo4j. Each query is one parameterized statement of graph-queries.ts; results
// are built by the same functions as the memory graph's (query/results.ts), so both answer alike.
// Two things are cached per Graph: the names used to resolve what users type (refreshed when a name
// is not found) and article texts for excerpts (fetched once per article).
import type {
  ActorAttributes,
  AgreementAttributes,
  EdgeAttributes,
  EdgeType,
  EventAttributes,
  EventRole,
  NodeAttributes,
  PartyRole,
  PlaceAttributes,
  Provenance,
  StatementAttributes,
} from "../schema/generated";
import type { SerializedEdge, SerializedNode, SerializedGraph } from "../serialize";
import { UnknownNodeError } from "../query/errors";
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
} from "../query/options";
import { NameResolver, namedNode, type NameFields } from "../query/resolve";
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
} from "../query/results";
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
} from "../query/types";
import { edgeFromProperties, labelOfId, nodeFromProperties } from "./properties";
import { Neo4jStore, type Neo4jOptions } from "./store";
import * as Q from "./graph-queries";

type Row = Record<string, unknown>;
type Props = Record<string, unknown>;
type Resolvable = "Actor" | "Place" | "Agreement" | "Article";

const nodeOf = <T extends NodeAttributes>(p: Props): { id: string; attributes: T } => {
  const id = String(p.id);
  const label = labelOfId(id);
  if (!label) throw new Error(`Neo4j node without a newsgraph id: ${id}`);
  return { id, attributes: nodeFromProperties(label, p) as T };
};

const provenanceOf = (a: NodeAttributes): readonly Provenance[] => ("provenance" in a ? a.provenance : []);

/** A PARTY_TO edge as graph-queries.ts returns it: the actor's properties and the edge's. */
type PartyRow = { actor: Props; role: PartyRole | null; provenance: unknown };
const partyProvenance = (x: PartyRow) => edgeFromProperties("PARTY_TO", { provenance: x.provenance }).provenance;

export class Neo4jGraph implements Graph {
  readonly kind = "neo4j";
  private readonly resolvers = new Map<Resolvable, NameResolver>();
  private readonly texts = new Map<string, string | undefined>();

  constructor(
    readonly store: Neo4jStore,
    private readonly ownsStore = false,
  ) {}

  private rows(query: Q.GraphQuery, params: Row): Promise<Row[]> {
    return this.cypher(query.text, params);
  }

  async cypher(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    return (await this.store.run(query, params)).map((r) => r.toObject() as Row);
  }

  private async resolver(label: Resolvable, fresh = false): Promise<NameResolver> {
    let resolver = fresh ? undefined : this.resolvers.get(label);
    if (!resolver) {
      const rows = await this.rows(Q.namesOfLabel(label), {});
      const nodes = rows.map((r) => namedNode(String(r.id), { ...(r as Omit<NameFields, "type">), type: label } as NameFields));
      resolver = new NameResolver(label.toLowerCase(), nodes);
      this.resolvers.set(label, resolver);
    }
    return resolver;
  }

  /** The id meant by `input`; a name not found is looked up once more in fresh names before failing. */
  private async resolve(label: Resolvable, input: NodeInput): Promise<string> {
    try {
      return (await this.resolver(label)).resolve(input);
    } catch (error) {
      if (!(error instanceof UnknownNodeError)) throw error;
      return (await this.resolver(label, true)).resolve(input);
    }
  }

  /** An article filter must name an article exactly (as the memory graph's does); else the closest ids. */
  private async checkArticle(article: string): Promise<void> {
    if ((await this.resolver("Article")).node(article)) return;
    const fresh = await this.resolver("Article", true);
    if (!fresh.node(article)) throw fresh.unknown(article);
  }

  /** Fetches the texts of the articles these nodes point into, so excerpts can be cut. */
  private async prefetch(provenance: Iterable<readonly Provenance[]>): Promise<void> {
    const names = new Set<string>();
    for (const list of provenance) for (const p of list) if (!this.texts.has(p.article)) names.add(p.article);
    if (!names.size) return;
    const rows = await this.rows(Q.articleTexts(), { names: [...names] });
    for (const name of names) this.texts.set(name, undefined);
    for (const r of rows) this.texts.set(String(r.name), r.text == null ? undefined : String(r.text));
  }

  private textOf = (article: string) => this.texts.get(article);

  private statementFrom(view: Row): StatementResult {
    const { id, attributes } = nodeOf<StatementAttributes>(view.p as Props);
    const speakers = (view.speakers as Props[]).map((p) => {
      const n = nodeOf<ActorAttributes>(p);
      return actorRef(n.id, n.attributes);
    });
    const about = (view.about as Props[]).map((p) => {
      const n = nodeOf(p);
      return nodeRef(n.id, n.attributes);
    });
    return statementResult(id, attributes, speakers, about, this.textOf);
  }

  private eventFrom(view: Row): EventResult {
    const { id, attributes } = nodeOf<EventAttributes>(view.p as Props);
    const participants = (view.participants as { actor: Props; role: EventRole }[]).map((x) => {
      const n = nodeOf<ActorAttributes>(x.actor);
      return { actor: actorRef(n.id, n.attributes), role: x.role };
    });
    const places = (view.places as Props[]).map((p) => {
      const n = nodeOf<PlaceAttributes>(p);
      return placeRef(n.id, n.attributes);
    });
    return eventResult(id, attributes, participants, places, this.textOf);
  }

  private partiesFrom(rows: PartyRow[]): Party[] {
    return partyList(
      rows.map((x) => {
        const n = nodeOf<ActorAttributes>(x.actor);
        return { actor: actorRef(n.id, n.attributes), ...(x.role ? { role: x.role } : {}), provenance: partyProvenance(x) };
      }),
      this.textOf,
    );
  }

  private async statements(query: Q.GraphQuery, params: Row): Promise<StatementResult[]> {
    const views = (await this.rows(query, params)).map((r) => r.s as Row);
    await this.prefetch(views.map((v) => provenanceOf(nodeOf(v.p as Props).attributes)));
    return views.map((v) => this.statementFrom(v)).sort(byReadingOrder);
  }

  private async events(query: Q.GraphQuery, params: Row): Promise<EventResult[]> {
    const views = (await this.rows(query, params)).map((r) => r.e as Row);
    await this.prefetch(views.map((v) => provenanceOf(nodeOf(v.p as Props).attributes)));
    return views.map((v) => this.eventFrom(v)).sort(byReadingOrder);
  }

  async actors(options?: ActorsOptions): Promise<ActorResult[]> {
    const o = parseOptions("actors", ActorsOptionsSchema, options);
    if (o.article) await this.checkArticle(o.article);
    let ids: string[] | null = null;
    if (o.name) {
      const resolver = await this.resolver("Actor");
      ids = resolver.matches(o.name).map((n) => n.id);
      if (!ids.length) throw resolver.unknown(o.name);
    }
    return (await this.actorResults({ ids, type: o.type ?? null, article: o.article ?? null })).sort(byRefName);
  }

  async actor(input: NodeInput): Promise<ActorResult> {
    const [found] = await this.actorResults({ ids: [await this.resolve("Actor", input)], type: null, article: null });
    return found!;
  }

  private async actorResults(params: Row): Promise<ActorResult[]> {
    const nodes = (await this.rows(Q.actorsQuery(), params)).map((r) => ({ ...nodeOf<ActorAttributes>(r.p as Props), articles: r.articles as string[] }));
    await this.prefetch(nodes.map((n) => n.attributes.provenance));
    return nodes.map((n) => actorResult(n.id, n.attributes, n.articles, this.textOf));
  }

  async statementsBy(actor: NodeInput, options?: StatementsByOptions): Promise<StatementResult[]> {
    const o = parseOptions("statementsBy", StatementsByOptionsSchema, options);
    const id = await this.resolve("Actor", actor);
    const about = o.about === undefined ? null : await this.resolve("Actor", o.about);
    if (o.article) await this.checkArticle(o.article);
    return this.statements(Q.statementsByQuery(), {
      id, about, kind: o.kind ?? null, article: o.article ?? null, since: o.since ?? null, until: o.until ?? null,
    });
  }

  async statementsAbout(actor: NodeInput, options?: StatementsAboutOptions): Promise<StatementResult[]> {
    const o = parseOptions("statementsAbout", StatementsAboutOptionsSchema, options);
    const id = await this.resolve("Actor", actor);
    const by = o.by === undefined ? null : await this.resolve("Actor", o.by);
    return this.statements(Q.statementsAboutQuery(), { id, by });
  }

  async whoSaidAbout(a: NodeInput, b: NodeInput): Promise<StatementResult[]> {
    return this.statements(Q.whoSaidAboutQuery(), { a: await this.resolve("Actor", a), b: await this.resolve("Actor", b) });
  }

  async agreementsOf(actor: NodeInput, options?: AgreementsOfOptions): Promise<AgreementResult[]> {
    const o = parseOptions("agreementsOf", AgreementsOfOptionsSchema, options);
    const rows = await this.rows(Q.agreementsOfQuery(), { id: await this.resolve("Actor", actor), status: o.status ?? null });
    const found = rows.map((r) => ({ ...nodeOf<AgreementAttributes>(r.p as Props), parties: r.parties as PartyRow[] }));
    await this.prefetch(found.flatMap((f) => [f.attributes.provenance, ...f.parties.map(partyProvenance)]));
    return found.map((f) => agreementResult(f.id, f.attributes, this.partiesFrom(f.parties), this.textOf)).sort(byRefName);
  }

  async partiesTo(agreement: NodeInput): Promise<Party[]> {
    const rows = await this.rows(Q.partiesToQuery(), { id: await this.resolve("Agreement", agreement) });
    const parties = (rows[0]?.parties ?? []) as PartyRow[];
    await this.prefetch(parties.map(partyProvenance));
    return this.partiesFrom(parties);
  }

  async eventsInvolving(actor: NodeInput, options?: EventsInvolvingOptions): Promise<EventResult[]> {
    const o = parseOptions("eventsInvolving", EventsInvolvingOptionsSchema, options);
    const id = await this.resolve("Actor", actor);
    const place = o.place === undefined ? null : await this.resolve("Place", o.place);
    return this.events(Q.eventsInvolvingQuery(), {
      id, place, role: o.role ?? null, type: o.type ?? null, since: o.since ?? null, until: o.until ?? null,
    });
  }

  async eventsAt(place: NodeInput, options?: EventsAtOptions): Promise<EventResult[]> {
    const o = parseOptions("eventsAt", EventsAtOptionsSchema, options);
    return this.events(Q.eventsAtQuery(), {
      id: await this.resolve("Place", place), type: o.type ?? null, since: o.since ?? null, until: o.until ?? null,
    });
  }

  async coMentioned(actor: NodeInput, options?: CoMentionedOptions): Promise<CoMention[]> {
    const o = parseOptions("coMentioned", CoMentionedOptionsSchema, options);
    const rows = await this.rows(Q.coMentionedQuery(), { id: await this.resolve("Actor", actor), minArticles: o.minArticles });
    return sortCoMentions(
      rows.map((r) => {
        const n = nodeOf<ActorAttributes>(r.p as Props);
        const articles = [...(r.articles as string[])].sort(compareStrings);
        return { actor: actorRef(n.id, n.attributes), articles, count: articles.length };
      }),
    );
  }

  async paths(a: NodeInput, b: NodeInput, options?: PathsOptions): Promise<PathsResult> {
    const o = parseOptions("paths", PathsOptionsSchema, options);
    const from = await this.resolve("Actor", a), to = await this.resolve("Actor", b);
    const via = o.via ?? RELATION_EDGES;
    const ends = new Map((await this.rows(Q.actorPairQuery(), { from, to })).map((r) => [String(r.id), r.p as Props]));
    const refOf = (id: string) => {
      const n = nodeOf<ActorAttributes>(ends.get(id)!);
      return actorRef(n.id, n.attributes);
    };
    // As the memory graph: lengths from the shortest up, each complete (here: its first limit + 1 in
    // order), until more than `limit` paths are found.
    const found: Row[] = [];
    const [first] = await this.rows(Q.pathEndsQuery(o.maxHops, via), { from, to });
    for (let hops = first?.shortest == null ? o.maxHops + 1 : Number(first.shortest); hops <= o.maxHops && found.length <= o.limit; hops++) {
      for (const r of await this.rows(Q.pathsOfLengthQuery(hops, via), { from, to, limit: o.limit + 1 })) found.push(r.path as Row);
    }
    await this.prefetch(
      found.flatMap((r) => [
        ...(r.nodes as Row[]).map((v) => provenanceOf(nodeOf(v.p as Props).attributes)),
        ...(r.edges as Row[]).map((e) => edgeFromProperties(e.type as EdgeType, e.p as Props).provenance),
      ]),
    );
    return pathsResult(refOf(from), refOf(to), found.map((r) => this.pathFrom(r)), o.limit);
  }

  private pathFrom(row: Row): GraphPath {
    const views = row.nodes as Row[];
    const nodes = views.map((v) => {
      const n = nodeOf(v.p as Props);
      return nodeRef(n.id, n.attributes);
    });
    const edges = (row.edges as Row[]).map((e) => {
      const attributes = edgeFromProperties(e.type as EdgeType, e.p as Props) as EdgeAttributes & { role?: string };
      return pathStep(String((e.p as Props).key), String(e.source), String(e.target), attributes, this.textOf);
    });
    return {
      hops: edges.length,
      nodes,
      edges,
      statements: views.filter((v, i) => nodes[i]!.type === "Statement").map((v) => this.statementFrom(v)),
      events: views.filter((v, i) => nodes[i]!.type === "Event").map((v) => this.eventFrom(v)),
    };
  }

  async ego(actor: NodeInput, hops: number, options?: EgoOptions): Promise<SerializedGraph> {
    const depth = parseOptions("ego", HopsSchema, hops);
    const o = parseOptions("ego", EgoOptionsSchema, options);
    const id = await this.resolve("Actor", actor);
    const [row] = await this.rows(Q.egoQuery(depth, o.via ?? RELATION_EDGES), { id });
    const nodes: SerializedNode[] = ((row?.nodes ?? []) as Props[]).map((p) => {
      const n = nodeOf(p);
      return { key: n.id, attributes: n.attributes };
    });
    const edges: SerializedEdge[] = ((row?.edges ?? []) as Row[]).map((e) => ({
      key: String((e.p as Props).key),
      source: String(e.source),
      target: String(e.target),
      attributes: edgeFromProperties(e.type as EdgeType, e.p as Props),
    }));
    return egoGraph(nodes, edges, id, depth);
  }

  async timeline(actor: NodeInput): Promise<TimelineEntry[]> {
    const id = await this.resolve("Actor", actor);
    return timelineEntries(await this.statementsBy(id), await this.eventsInvolving(id));
  }

  async close(): Promise<void> {
    if (this.ownsStore) await this.store.close();
  }
}

/** Connects (options, else NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) and opens a Graph on it. */
export async function openNeo4jGraph(options: Neo4jOptions = {}): Promise<Neo4jGraph> {
  return new Neo4jGraph(await Neo4jStore.connect(options), true);
}
