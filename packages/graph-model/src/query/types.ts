// The Graph query API: one interface, answered the same way by the memory store and by Neo4j.
// Every result carries provenance (article, offsets, the sentence around the words) and comes sorted.
import type {
  ActorType,
  AgreementStatus,
  AgreementType,
  EdgeType,
  EventRole,
  EventType,
  NodeType,
  PartyRole,
  StatementKind,
} from "../schema/generated";
import type { SerializedGraph } from "../serialize";
import type {
  ActorsOptions,
  AgreementsOfOptions,
  CoMentionedOptions,
  EgoOptions,
  EventsAtOptions,
  EventsInvolvingOptions,
  PathsOptions,
  StatementsAboutOptions,
  StatementsByOptions,
} from "./options";

/** One mention: where in which article, and the sentence it sits in. */
export interface Mention {
  article: string;
  start: number;
  end: number;
  /** The sentence around the span (trimmed), or "" when the article text is not in the graph. */
  excerpt: string;
}

/** An actor, a place or an agreement given by name, alias or id; or a result object carrying its id. */
export type NodeInput = string | { id: string };

export interface ActorRef {
  id: string;
  name: string;
  actorType: ActorType;
}

export interface NodeRef {
  id: string;
  type: NodeType;
  /** The name, label or statement text. */
  name: string;
}

export interface ActorResult extends ActorRef {
  aliases: string[];
  roles: string[];
  affiliation?: string;
  /** Articles it is mentioned in, sorted. */
  articles: string[];
  mentions: Mention[];
}

export interface StatementResult {
  id: string;
  text: string;
  kind: StatementKind;
  cue?: string;
  channel?: string;
  article: string;
  date?: string;
  speakers: ActorRef[];
  /** What it speaks of: actors, events, agreements (sorted by id). */
  about: NodeRef[];
  mentions: Mention[];
}

export interface Party {
  actor: ActorRef;
  /** The roles stated (signatory, party, mediator); empty when none was. */
  roles: PartyRole[];
  mentions: Mention[];
}

export interface AgreementResult {
  id: string;
  name: string;
  agreementType: AgreementType;
  status: AgreementStatus;
  statusHistory: string[];
  parties: Party[];
  mentions: Mention[];
}

export interface Participant {
  actor: ActorRef;
  role: EventRole;
}

export interface PlaceRef {
  id: string;
  name: string;
}

export interface EventResult {
  id: string;
  eventType: EventType;
  label: string;
  article: string;
  date?: string;
  time?: string;
  counts?: Partial<Record<string, number>>;
  participants: Participant[];
  places: PlaceRef[];
  mentions: Mention[];
}

export interface CoMention {
  actor: ActorRef;
  /** The articles both are mentioned in, sorted. */
  articles: string[];
  count: number;
}

export interface PathStep {
  key: string;
  type: EdgeType;
  source: string;
  target: string;
  role?: string;
  mentions: Mention[];
}

export interface GraphPath {
  hops: number;
  nodes: NodeRef[];
  edges: PathStep[];
  /** The statements and events the path goes through, in path order. */
  statements: StatementResult[];
  events: EventResult[];
}

export interface PathsResult {
  from: ActorRef;
  to: ActorRef;
  /** Every path of the smallest length found within maxHops (empty when none). */
  shortest: GraphPath[];
  /** Every simple path up to maxHops, shortest first, at most `limit`. */
  all: GraphPath[];
  /** True when more paths existed than `limit`. */
  truncated: boolean;
}

export type TimelineEntry =
  | { kind: "statement"; date?: string; article: string; start: number; statement: StatementResult }
  | { kind: "event"; date?: string; article: string; start: number; event: EventResult };

/** The query interface of a graph, whichever store holds it. */
export interface Graph {
  readonly kind: "memory" | "neo4j";
  actors(options?: ActorsOptions): Promise<ActorResult[]>;
  /** One actor by name, alias or id; throws UnknownActorError / AmbiguousActorError. */
  actor(actor: NodeInput): Promise<ActorResult>;
  statementsBy(actor: NodeInput, options?: StatementsByOptions): Promise<StatementResult[]>;
  statementsAbout(actor: NodeInput, options?: StatementsAboutOptions): Promise<StatementResult[]>;
  /** Statements in which one of the two speaks about the other, either way round. */
  whoSaidAbout(a: NodeInput, b: NodeInput): Promise<StatementResult[]>;
  agreementsOf(actor: NodeInput, options?: AgreementsOfOptions): Promise<AgreementResult[]>;
  partiesTo(agreement: NodeInput): Promise<Party[]>;
  eventsInvolving(actor: NodeInput, options?: EventsInvolvingOptions): Promise<EventResult[]>;
  eventsAt(place: NodeInput, options?: EventsAtOptions): Promise<EventResult[]>;
  coMentioned(actor: NodeInput, options?: CoMentionedOptions): Promise<CoMention[]>;
  paths(a: NodeInput, b: NodeInput, options?: PathsOptions): Promise<PathsResult>;
  /** The actor's neighbourhood within `hops` relation edges, plus the articles behind it. */
  ego(actor: NodeInput, hops: number, options?: EgoOptions): Promise<SerializedGraph>;
  timeline(actor: NodeInput): Promise<TimelineEntry[]>;
  /** Anything else, in Cypher (Neo4j only). */
  cypher(query: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}
