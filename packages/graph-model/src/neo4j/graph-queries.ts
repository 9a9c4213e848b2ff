// The Cypher behind the Graph query API on Neo4j: one parameterized statement per query. Labels and
// relationship types come from the schema; the only other text spliced in is a hop count, an integer
// checked by zod, because Cypher takes no parameter in a variable-length bound.
import { EdgeTypes, type EdgeType } from "../schema/generated";

export interface GraphQuery {
  text: string;
  /** Every parameter with a sample value, for linting and documentation. */
  params: Record<string, unknown>;
}

// What the results need around a node: speakers and topics of statements, participants and places of events.
const statementParts = (v: string) => `speakers: [(sp:Actor)-[:SAID]->(${v}) | properties(sp)], about: [(${v})-[:ABOUT]->(t) | properties(t)]`;
const eventParts = (v: string) =>
  `participants: [(pa:Actor)-[pr:PARTICIPATED_IN]->(${v}) | {actor: properties(pa), role: pr.role}], places: [(${v})-[:LOCATED_IN]->(pl:Place) | properties(pl)]`;
const statementView = (v: string) => `{p: properties(${v}), ${statementParts(v)}}`;
const eventView = (v: string) => `{p: properties(${v}), ${eventParts(v)}}`;
/** Any node on a path: it may be a statement or an event. */
const nodeView = (v: string) => `{p: properties(${v}), ${statementParts(v)}, ${eventParts(v)}}`;
const partiesOf = (v: string) => `[(x:Actor)-[r:PARTY_TO]->(${v}) | {actor: properties(x), role: r.role, provenance: r.provenance}]`;
const dated = (v: string) =>
  `($since IS NULL OR (${v}.date IS NOT NULL AND ${v}.date >= $since)) AND ($until IS NULL OR (${v}.date IS NOT NULL AND ${v}.date <= $until))`;

const relTypes = (types: readonly EdgeType[]) => {
  for (const t of types) if (!(EdgeTypes as readonly string[]).includes(t)) throw new Error(`not an edge type: ${JSON.stringify(t)}`);
  return types.join("|");
};

const hopCount = (n: number, max: number) => {
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`hop count must be an integer in 0..${max}, got ${n}`);
  return n;
};

/** Names of every node of a label, for resolving what users type (cached by the graph). */
export const namesOfLabel = (label: "Actor" | "Place" | "Agreement" | "Article"): GraphQuery => ({
  text: `MATCH (n:${label}) RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.actorType AS actorType, coalesce(n.roles, []) AS roles, n.placeType AS placeType, n.agreementType AS agreementType, n.status AS status, n.title AS title ORDER BY n.id`,
  params: {},
});

export const articleTexts = (): GraphQuery => ({
  text: "MATCH (a:Article) WHERE a.name IN $names RETURN a.name AS name, a.text AS text",
  params: { names: ["a.txt"] },
});

export const actorsQuery = (): GraphQuery => ({
  text:
    "MATCH (a:Actor) WHERE ($ids IS NULL OR a.id IN $ids) AND ($type IS NULL OR a.actorType = $type) AND ($article IS NULL OR $article IN a.articles)\n" +
    "RETURN properties(a) AS p, [(a)-[:MENTIONED_IN]->(art:Article) | art.name] AS articles",
  params: { ids: ["actor:x"], type: "person", article: "a.txt" },
});

export const statementsByQuery = (): GraphQuery => ({
  text:
    "MATCH (:Actor {id: $id})-[:SAID]->(s:Statement)\n" +
    `WHERE ($kind IS NULL OR s.kind = $kind) AND ($article IS NULL OR s.article = $article) AND ${dated("s")}\n` +
    "  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Actor {id: $about}) })\n" +
    `WITH DISTINCT s RETURN ${statementView("s")} AS s`,
  params: { id: "actor:x", kind: "direct", article: "a.txt", since: "2024-01-01", until: "2024-12-31", about: "actor:y" },
});

export const statementsAboutQuery = (): GraphQuery => ({
  text:
    "MATCH (s:Statement)-[:ABOUT]->(:Actor {id: $id})\n" +
    "WHERE $by IS NULL OR EXISTS { MATCH (:Actor {id: $by})-[:SAID]->(s) }\n" +
    `WITH DISTINCT s RETURN ${statementView("s")} AS s`,
  params: { id: "actor:x", by: "actor:y" },
});

export const whoSaidAboutQuery = (): GraphQuery => ({
  text:
    "MATCH (x:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(y:Actor)\n" +
    "WHERE (x.id = $a AND y.id = $b) OR (x.id = $b AND y.id = $a)\n" +
    `WITH DISTINCT s RETURN ${statementView("s")} AS s`,
  params: { a: "actor:x", b: "actor:y" },
});

export const agreementsOfQuery = (): GraphQuery => ({
  text:
    "MATCH (:Actor {id: $id})-[:PARTY_TO]->(g:Agreement) WHERE $status IS NULL OR g.status = $status\n" +
    `WITH DISTINCT g RETURN properties(g) AS p, ${partiesOf("g")} AS parties`,
  params: { id: "actor:x", status: "signed" },
});

export const partiesToQuery = (): GraphQuery => ({
  text: `MATCH (g:Agreement {id: $id}) RETURN ${partiesOf("g")} AS parties`,
  params: { id: "agreement:x" },
});

export const eventsInvolvingQuery = (): GraphQuery => ({
  text:
    "MATCH (:Actor {id: $id})-[r:PARTICIPATED_IN]->(e:Event)\n" +
    `WHERE ($role IS NULL OR r.role = $role) AND ($type IS NULL OR e.eventType = $type) AND ${dated("e")}\n` +
    "  AND ($place IS NULL OR EXISTS { MATCH (e)-[:LOCATED_IN]->(:Place {id: $place}) })\n" +
    `WITH DISTINCT e RETURN ${eventView("e")} AS e`,
  params: { id: "actor:x", role: "agent", type: "attack", since: "2024-01-01", until: "2024-12-31", place: "place:x" },
});

export const eventsAtQuery = (): GraphQuery => ({
  text:
    "MATCH (e:Event)-[:LOCATED_IN]->(:Place {id: $id})\n" +
    `WHERE ($type IS NULL OR e.eventType = $type) AND ${dated("e")}\n` +
    `WITH DISTINCT e RETURN ${eventView("e")} AS e`,
  params: { id: "place:x", type: "attack", since: "2024-01-01", until: "2024-12-31" },
});

export const coMentionedQuery = (): GraphQuery => ({
  text:
    "MATCH (a:Actor {id: $id})-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(o:Actor) WHERE o.id <> a.id\n" +
    "WITH o, collect(DISTINCT art.name) AS articles WHERE size(articles) >= $minArticles\n" +
    "RETURN properties(o) AS p, articles",
  params: { id: "actor:x", minArticles: 1 },
});

/** Both actors, and every simple path of 1..maxHops relations between them, either direction. */
export const pathsQuery = (maxHops: number, via: readonly EdgeType[]): GraphQuery => ({
  text:
    "MATCH (a:Actor {id: $from}), (b:Actor {id: $to})\n" +
    `OPTIONAL MATCH p = (a)-[:${relTypes(via)}*1..${hopCount(maxHops, 8)}]-(b)\n` +
    "WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))\n" +
    "WITH a, b, collect(p) AS found\n" +
    "RETURN properties(a) AS from, properties(b) AS to, [p IN found | {\n" +
    `  nodes: [n IN nodes(p) | ${nodeView("n")}],\n` +
    "  edges: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, p: properties(r)}]}] AS paths",
  params: { from: "actor:x", to: "actor:y" },
});

/** The nodes within `hops` relations of an actor, the articles behind them, and every edge among them. */
export const egoQuery = (hops: number, via: readonly EdgeType[]): GraphQuery => ({
  text:
    "MATCH (a:Actor {id: $id})\n" +
    (hopCount(hops, 6) > 0
      // A loop leads back to the ego (paths repeat nodes, not relationships): keep it out of `near`.
      ? `OPTIONAL MATCH (a)-[:${relTypes(via)}*1..${hops}]-(n) WHERE n <> a\nWITH a, collect(DISTINCT n) AS near\n`
      : "WITH a, [] AS near\n") +
    "WITH [a] + near AS core\n" +
    "WITH core, COLLECT { UNWIND core AS c MATCH (c)-[:REPORTED_IN|MENTIONED_IN]->(art:Article) RETURN DISTINCT art } AS articles\n" +
    "WITH core + [x IN articles WHERE NOT x IN core] AS keep\n" +
    "RETURN [x IN keep | properties(x)] AS nodes,\n" +
    "  COLLECT { UNWIND keep AS s MATCH (s)-[r]->(t) WHERE t IN keep RETURN {type: type(r), source: s.id, target: t.id, p: properties(r)} } AS edges",
  params: { id: "actor:x" },
});

/** Every statement the graph sends, for the lint test. */
export function allGraphQueries(): GraphQuery[] {
  const via: EdgeType[] = ["SAID", "ABOUT", "PARTY_TO", "PARTICIPATED_IN", "LOCATED_IN", "AFFILIATED_WITH"];
  return [
    ...(["Actor", "Place", "Agreement", "Article"] as const).map(namesOfLabel),
    articleTexts(), actorsQuery(), statementsByQuery(), statementsAboutQuery(), whoSaidAboutQuery(), agreementsOfQuery(),
    partiesToQuery(), eventsInvolvingQuery(), eventsAtQuery(), coMentionedQuery(),
    pathsQuery(1, via), pathsQuery(4, ["SAID", "ABOUT"]), egoQuery(0, via), egoQuery(2, via),
  ];
}
