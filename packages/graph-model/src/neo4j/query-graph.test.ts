// Neo4jGraph without a server: a stand-in store answers each statement of graph-queries.ts the way its
// Cypher reads, over the fixture, with properties encoded exactly as Neo4jStore writes them (nodeToRow,
// edgeToRow). This checks the decoding and result building of Neo4jGraph and that it answers like the
// memory graph; the real server runs the same suite in test/query-neo4j.test.ts when NEO4J_URI is set.
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, EdgeType, NodeAttributes } from "../schema/generated";
import { MemoryGraph } from "../query/memory-graph";
import { queryFixtureStore } from "../query/fixture";
import { describeGraphQueries, queryFixtureAnswers } from "../query/graph-suite";
import type { MemoryStore } from "../store/memory-store";
import * as Q from "./graph-queries";
import { edgeToRow, nodeToRow } from "./properties";
import { Neo4jGraph } from "./query-graph";
import type { Neo4jStore } from "./store";

type Row = Record<string, unknown>;

/** Answers the Graph API's Cypher over a memory store, statement by statement. */
class StandInNeo4j {
  readonly statements: string[] = [];
  constructor(private readonly store: MemoryStore) {}

  private get g() {
    return this.store.graph;
  }
  private props = (id: string) => nodeToRow(id, this.g.getNodeAttributes(id));
  private attrs = (id: string) => this.g.getNodeAttributes(id) as NodeAttributes & Record<string, unknown>;
  private edges(id: string, dir: "out" | "in", type: EdgeType): { other: string; key: string; a: EdgeAttributes }[] {
    const out: { other: string; key: string; a: EdgeAttributes }[] = [];
    const visit = (key: string, a: EdgeAttributes, s: string, t: string) => {
      if (a.type === type) out.push({ other: dir === "out" ? t : s, key, a });
    };
    if (dir === "out") this.g.forEachOutEdge(id, visit);
    else this.g.forEachInEdge(id, visit);
    return out;
  }
  private view(v: string): Row {
    return {
      p: this.props(v),
      speakers: this.edges(v, "in", "SAID").map((e) => this.props(e.other)),
      about: this.edges(v, "out", "ABOUT").map((e) => this.props(e.other)),
      participants: this.edges(v, "in", "PARTICIPATED_IN").map((e) => ({ actor: this.props(e.other), role: (e.a as { role: string }).role })),
      places: this.edges(v, "out", "LOCATED_IN").map((e) => this.props(e.other)),
    };
  }
  private parties(g: string): Row[] {
    return this.edges(g, "in", "PARTY_TO").map((e) => ({ actor: this.props(e.other), role: (e.a as { role?: string }).role ?? null, provenance: edgeToRow(e.key, e.a).provenance }));
  }
  private dated(id: string, p: Row): boolean {
    const date = this.attrs(id).date as string | undefined;
    return (p.since == null || (date != null && date >= (p.since as string))) && (p.until == null || (date != null && date <= (p.until as string)));
  }

  async run(text: string, p: Row): Promise<{ toObject(): Row }[]> {
    this.statements.push(text);
    return this.answer(text, p).map((row) => ({ toObject: () => row }));
  }

  private answer(text: string, p: Row): Row[] {
    const ofType = (t: string) => this.store.idsOfType(t as never);
    for (const label of ["Actor", "Place", "Agreement", "Article"] as const) {
      if (text === Q.namesOfLabel(label).text) {
        return ofType(label).map((id) => {
          const a = this.attrs(id);
          return { id, name: a.name, aliases: a.aliases ?? [], actorType: a.actorType ?? null, roles: a.roles ?? [], placeType: a.placeType ?? null, agreementType: a.agreementType ?? null, status: a.status ?? null, title: a.title ?? null };
        });
      }
    }
    if (text === Q.articleTexts().text) {
      return ofType("Article").map((id) => this.attrs(id)).filter((a) => (p.names as string[]).includes(a.name as string)).map((a) => ({ name: a.name, text: a.text }));
    }
    if (text === Q.actorsQuery().text) {
      return ofType("Actor")
        .filter((id) => (p.ids == null || (p.ids as string[]).includes(id)) && (p.type == null || this.attrs(id).actorType === p.type))
        .filter((id) => p.article == null || (this.props(id).articles as string[]).includes(p.article as string))
        .map((id) => ({ p: this.props(id), articles: this.edges(id, "out", "MENTIONED_IN").map((e) => this.attrs(e.other).name) }));
    }
    if (text === Q.statementsByQuery().text) {
      return this.edges(p.id as string, "out", "SAID")
        .map((e) => e.other)
        .filter((s) => (p.kind == null || this.attrs(s).kind === p.kind) && (p.article == null || this.attrs(s).article === p.article) && this.dated(s, p))
        .filter((s) => p.about == null || this.edges(s, "out", "ABOUT").some((e) => e.other === p.about))
        .map((s) => ({ s: this.view(s) }));
    }
    if (text === Q.statementsAboutQuery().text) {
      return this.edges(p.id as string, "in", "ABOUT")
        .map((e) => e.other)
        .filter((s) => p.by == null || this.edges(s, "in", "SAID").some((e) => e.other === p.by))
        .map((s) => ({ s: this.view(s) }));
    }
    if (text === Q.whoSaidAboutQuery().text) {
      const found = new Set<string>();
      for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as [string, string][]) {
        for (const e of this.edges(x, "out", "SAID")) if (this.edges(e.other, "out", "ABOUT").some((t) => t.other === y)) found.add(e.other);
      }
      return [...found].map((s) => ({ s: this.view(s) }));
    }
    if (text === Q.agreementsOfQuery().text) {
      const found = new Set(this.edges(p.id as string, "out", "PARTY_TO").map((e) => e.other).filter((g) => p.status == null || this.attrs(g).status === p.status));
      return [...found].map((g) => ({ p: this.props(g), parties: this.parties(g) }));
    }
    if (text === Q.partiesToQuery().text) return [{ parties: this.parties(p.id as string) }];
    if (text === Q.eventsInvolvingQuery().text) {
      const found = new Set(
        this.edges(p.id as string, "out", "PARTICIPATED_IN")
          .filter((e) => p.role == null || (e.a as { role: string }).role === p.role)
          .map((e) => e.other)
          .filter((ev) => (p.type == null || this.attrs(ev).eventType === p.type) && this.dated(ev, p))
          .filter((ev) => p.place == null || this.edges(ev, "out", "LOCATED_IN").some((e) => e.other === p.place)),
      );
      return [...found].map((ev) => ({ e: this.view(ev) }));
    }
    if (text === Q.eventsAtQuery().text) {
      const found = new Set(this.edges(p.id as string, "in", "LOCATED_IN").map((e) => e.other).filter((ev) => (p.type == null || this.attrs(ev).eventType === p.type) && this.dated(ev, p)));
      return [...found].map((ev) => ({ e: this.view(ev) }));
    }
    if (text === Q.coMentionedQuery().text) {
      const shared = new Map<string, Set<string>>();
      for (const art of this.edges(p.id as string, "out", "MENTIONED_IN")) {
        for (const o of this.edges(art.other, "in", "MENTIONED_IN")) {
          if (o.other === p.id || this.attrs(o.other).type !== "Actor") continue;
          shared.set(o.other, (shared.get(o.other) ?? new Set()).add(this.attrs(art.other).name as string));
        }
      }
      return [...shared].filter(([, arts]) => arts.size >= (p.minArticles as number)).map(([o, arts]) => ({ p: this.props(o), articles: [...arts] }));
    }
    const paths = /^MATCH \(a:Actor \{id: \$from\}\), \(b:Actor \{id: \$to\}\)\nOPTIONAL MATCH p = \(a\)-\[:([A-Z_|]+)\*1\.\.(\d)\]-\(b\)/.exec(text);
    if (paths) return [this.paths(p.from as string, p.to as string, paths[1]!.split("|"), Number(paths[2]))];
    const ego = /^MATCH \(a:Actor \{id: \$id\}\)\n(?:OPTIONAL MATCH \(a\)-\[:([A-Z_|]+)\*1\.\.(\d)\]-\(n\))?/.exec(text);
    if (ego) return [this.ego(p.id as string, ego[1]?.split("|") ?? [], Number(ego[2] ?? 0))];
    throw new Error(`stand-in Neo4j does not know this statement:\n${text}`);
  }

  /** Every walk of 1..max relationships of `types`, either way, with no node twice (Cypher's path semantics). */
  private paths(from: string, to: string, types: string[], max: number): Row {
    const found: Row[] = [];
    const walk = (nodes: string[], rels: string[]) => {
      const at = nodes.at(-1)!;
      if (at === to && rels.length) {
        found.push({
          nodes: nodes.map((n) => this.view(n)),
          edges: rels.map((k) => ({ type: this.g.getEdgeAttributes(k).type, source: this.g.source(k), target: this.g.target(k), p: edgeToRow(k, this.g.getEdgeAttributes(k)) })),
        });
        return;
      }
      if (rels.length === max) return;
      this.g.forEachEdge(at, (k, a, s, t) => {
        const next = s === at ? t : s;
        if (types.includes(a.type) && !nodes.includes(next)) walk([...nodes, next], [...rels, k]);
      });
    };
    walk([from], []);
    return { from: this.props(from), to: this.props(to), paths: found };
  }

  private ego(id: string, types: string[], hops: number): Row {
    const keep = new Set(this.store.egoIds(id, hops, types as EdgeType[]));
    for (const n of [...keep]) this.g.forEachOutEdge(n, (_k, a, _s, t) => (a.type === "REPORTED_IN" || a.type === "MENTIONED_IN") && keep.add(t));
    const edges: Row[] = [];
    for (const s of keep) this.g.forEachOutEdge(s, (k, a, _s, t) => keep.has(t) && edges.push({ type: a.type, source: s, target: t, p: edgeToRow(k, a) }));
    return { nodes: [...keep].map((n) => this.props(n)), edges };
  }
}

const standIn = () => new StandInNeo4j(queryFixtureStore());
const neo4jGraph = (db: StandInNeo4j) => new Neo4jGraph(db as unknown as Neo4jStore);

describeGraphQueries("neo4j stand-in", async () => neo4jGraph(standIn()));

describe("Neo4jGraph", () => {
  it("answers every query exactly as the memory graph does", async () => {
    const neo4j = await queryFixtureAnswers(neo4jGraph(standIn()));
    const memory = await queryFixtureAnswers(new MemoryGraph(queryFixtureStore()));
    for (const key of Object.keys(memory)) expect(neo4j[key], key).toEqual(memory[key]);
  });

  it("sends one statement per query once names and texts are cached", async () => {
    const db = standIn();
    const graph = neo4jGraph(db);
    await graph.actors({ name: "Putin" }); // loads the actor names
    await graph.actors(); // and, for the excerpts, every article's text
    const before = db.statements.length;
    await graph.statementsBy("Sobyanin", { kind: "direct" });
    await graph.agreementsOf("Russia");
    await graph.paths("Sobyanin", "Kim Jong-un");
    expect(db.statements.slice(before).map((s) => s.split("\n")[0])).toEqual([
      Q.statementsByQuery().text.split("\n")[0],
      Q.agreementsOfQuery().text.split("\n")[0],
      Q.pathsQuery(4, ["SAID"]).text.split("\n")[0],
    ]);
  });
});
