import { describe, expect, it } from "vitest";
import { articleFacets, binRange, computeVisibility, dateHistogram, NO_FILTERS } from "./filters";
import { FIXTURE_IDS } from "./fixture";
import { fixtureGraph } from "./test-graph";

const typesOf = (graph: ReturnType<typeof fixtureGraph>, ids: Iterable<string>) => new Set([...ids].map((id) => graph.getNodeAttributes(id).type));

describe("computeVisibility", () => {
  const graph = fixtureGraph();

  it("shows everything with no filters", () => {
    const v = computeVisibility(graph, NO_FILTERS, "graph");
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
  });

  it("keeps only the chosen node types, and edges between visible nodes", () => {
    const v = computeVisibility(graph, { ...NO_FILTERS, nodeTypes: ["Event", "Actor"] }, "graph");
    expect(typesOf(graph, v.nodes)).toEqual(new Set(["Event", "Actor"]));
    for (const e of v.edges) expect(graph.getEdgeAttributes(e).type).toBe("PARTICIPATED_IN");
    expect(v.edges.size).toBe(3);
  });

  it("filters events by event type without touching other types", () => {
    const v = computeVisibility(graph, { ...NO_FILTERS, eventTypes: ["meeting_talks"] }, "graph");
    const events = [...v.nodes].filter((id) => graph.getNodeAttributes(id).type === "Event");
    expect(events.map((id) => graph.getNodeAttribute(id, "type") === "Event" && (graph.getNodeAttributes(id) as { eventType: string }).eventType)).toEqual(["meeting_talks"]);
    expect(v.nodes.has(FIXTURE_IDS.sobyanin)).toBe(true);
  });

  it("restricts to articles and sources", () => {
    const bySource = computeVisibility(graph, { ...NO_FILTERS, sources: ["Other Wire"] }, "graph");
    expect(bySource.nodes.has(FIXTURE_IDS.kim)).toBe(false);
    expect(bySource.nodes.has(FIXTURE_IDS.putin)).toBe(true);
    expect(bySource.nodes.has(FIXTURE_IDS.article2)).toBe(true);
    expect(bySource.nodes.has(FIXTURE_IDS.article1)).toBe(false);
    const byArticle = computeVisibility(graph, { ...NO_FILTERS, articles: ["a1.txt"] }, "graph");
    expect(byArticle.nodes.has(FIXTURE_IDS.kim)).toBe(true);
    expect(byArticle.nodes.has(FIXTURE_IDS.article2)).toBe(false);
  });

  it("filters by date range, using the article's date when a node has none, and keeps undated nodes", () => {
    const v = computeVisibility(graph, { ...NO_FILTERS, dateFrom: "2024-12-01", dateTo: "2024-12-31" }, "graph");
    const statements = [...v.nodes].filter((id) => graph.getNodeAttributes(id).type === "Statement");
    expect(statements).toHaveLength(1);
    expect(v.nodes.has(FIXTURE_IDS.kim)).toBe(true); // actors carry no date
    expect(v.nodes.has(FIXTURE_IDS.article1)).toBe(false);
  });

  it("who-said-what keeps actors that speak or are spoken about, statements, SAID and ABOUT edges", () => {
    const v = computeVisibility(graph, NO_FILTERS, "who-said-what");
    expect(typesOf(graph, v.nodes)).toEqual(new Set(["Actor", "Statement"]));
    expect(v.nodes.has(FIXTURE_IDS.northKorea)).toBe(false);
    expect(v.nodes.has(FIXTURE_IDS.putin)).toBe(true);
    const edgeTypes = new Set([...v.edges].map((e) => graph.getEdgeAttributes(e).type));
    expect(edgeTypes).toEqual(new Set(["SAID", "ABOUT"]));
    expect(v.edges.size).toBe(5);
  });

  it("intersects with an explored set", () => {
    const v = computeVisibility(graph, NO_FILTERS, "graph", new Set([FIXTURE_IDS.putin, FIXTURE_IDS.treaty]));
    expect([...v.nodes].sort()).toEqual([FIXTURE_IDS.treaty, FIXTURE_IDS.putin].sort());
    expect(v.edges.size).toBe(1);
  });
});

describe("timeline", () => {
  const graph = fixtureGraph();
  it("bins dated nodes by day over a short span", () => {
    const bins = dateHistogram(graph, graph.nodes());
    expect(bins.map((b) => b.bin)).toEqual(["2024-11-10", "2024-12-02"]);
    expect(bins[0]!.count).toBe(6); // article 1, three statements (one by article date), two events
    expect(bins[1]!.count).toBe(3);
  });
  it("turns a month bin into its first and last day", () => {
    expect(binRange("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(binRange("2024-11-10")).toEqual(["2024-11-10", "2024-11-10"]);
  });
  it("lists articles and sources", () => {
    const f = articleFacets(graph);
    expect(f.articles.map((a) => a.id)).toEqual(["a1.txt", "a2.txt"]);
    expect(f.sources).toEqual(["Example Wire", "Other Wire"]);
  });
});
