import { describe, expect, it } from "vitest";
import { articleFacets, binRange, computeVisibility, datesOf, dateHistogram, NO_FILTERS } from "./filters";
import { FIXTURE_IDS } from "./fixture";
import { fixtureGraph } from "./test-graph";

const typesOf = (graph: ReturnType<typeof fixtureGraph>, ids: Iterable<string>) => new Set([...ids].map((id) => graph.getNodeAttributes(id).type));

describe("computeVisibility", () => {
  const graph = fixtureGraph();

  it("shows everything with no filters", () => {
    const v = computeVisibility(graph, NO_FILTERS);
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
  });

  it("keeps only the chosen node types, and edges between visible nodes", () => {
    const v = computeVisibility(graph, { ...NO_FILTERS, nodeTypes: ["Event", "Actor"] });
    expect(typesOf(graph, v.nodes)).toEqual(new Set(["Event", "Actor"]));
    for (const e of v.edges) expect(graph.getEdgeAttributes(e).type).toBe("PARTICIPATED_IN");
    expect(v.edges.size).toBe(3);
  });

  it("filters events by event type without touching other types", () => {
    const v = computeVisibility(graph, { ...NO_FILTERS, eventTypes: ["meeting_talks"] });
    const events = [...v.nodes].filter((id) => graph.getNodeAttributes(id).type === "Event");
    expect(events.map((id) => graph.getNodeAttribute(id, "type") === "Event" && (graph.getNodeAttributes(id) as { eventType: string }).eventType)).toEqual(["meeting_talks"]);
    expect(v.nodes.has(FIXTURE_IDS.sobyanin)).toBe(true);
  });

  it("restricts to articles and sources", () => {
    const bySource = computeVisibility(graph, { ...NO_FILTERS, sources: ["Other Wire"] });
    expect(bySource.nodes.has(FIXTURE_IDS.kim)).toBe(false);
    expect(bySource.nodes.has(FIXTURE_IDS.putin)).toBe(true);
    expect(bySource.nodes.has(FIXTURE_IDS.article2)).toBe(true);
    expect(bySource.nodes.has(FIXTURE_IDS.article1)).toBe(false);
    const byArticle = computeVisibility(graph, { ...NO_FILTERS, articles: ["a1.txt"] });
    expect(byArticle.nodes.has(FIXTURE_IDS.kim)).toBe(true);
    expect(byArticle.nodes.has(FIXTURE_IDS.article2)).toBe(false);
  });

  it("filters by date range, using the article's date when a node has none; actors and places by their linked dates", () => {
    const v = computeVisibility(graph, { ...NO_FILTERS, dateFrom: "2024-12-01", dateTo: "2024-12-31" });
    const statements = [...v.nodes].filter((id) => graph.getNodeAttributes(id).type === "Statement");
    expect(statements).toHaveLength(1);
    expect(v.nodes.has(FIXTURE_IDS.kim)).toBe(false); // Kim appears only in November's article
    expect(v.nodes.has(FIXTURE_IDS.putin)).toBe(true); // Putin is in December's article too
    expect(v.nodes.has(FIXTURE_IDS.moscow)).toBe(false); // Moscow's only event is dated November
    expect(v.nodes.has(FIXTURE_IDS.article1)).toBe(false);
    const november = computeVisibility(graph, { ...NO_FILTERS, dateFrom: "2024-11-10", dateTo: "2024-11-10" });
    expect(november.nodes.has(FIXTURE_IDS.moscow)).toBe(true);
    expect(november.nodes.has(FIXTURE_IDS.kim)).toBe(true);
  });

  it("hides undated nodes under a date filter instead of silently ignoring it", () => {
    const undated = fixtureGraph();
    undated.updateEachNodeAttributes((_id, a) => {
      const { published: _p, date: _d, ...rest } = a as typeof a & { published?: string; date?: string };
      return rest as typeof a;
    });
    expect(datesOf(undated, FIXTURE_IDS.putin)).toEqual([]);
    expect(computeVisibility(undated, { ...NO_FILTERS, dateFrom: "2024-01-01" }).nodes.size).toBe(0);
    expect(computeVisibility(undated, NO_FILTERS).nodes.size).toBe(undated.order);
  });

  it("intersects with an explored set", () => {
    const v = computeVisibility(graph, NO_FILTERS, new Set([FIXTURE_IDS.putin, FIXTURE_IDS.treaty]));
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
