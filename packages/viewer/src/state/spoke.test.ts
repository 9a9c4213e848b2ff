import { describe, expect, it } from "vitest";
import { computeSpokeVisibility, NO_FILTERS } from "./filters";
import { FIXTURE_IDS } from "./fixture";
import { shortestPath } from "./path";
import { buildSpokeView, spokeEdgeKey } from "./spoke";
import { fixtureGraph } from "./test-graph";

describe("spoke-about view", () => {
  const graph = fixtureGraph();
  const view = buildSpokeView(graph);

  it("derives one directed edge per speaker and subject, carrying the statements", () => {
    expect(view.graph.nodes().sort()).toEqual([FIXTURE_IDS.kim, FIXTURE_IDS.putin].sort());
    const key = spokeEdgeKey(FIXTURE_IDS.kim, FIXTURE_IDS.putin);
    expect(view.graph.source(key)).toBe(FIXTURE_IDS.kim);
    expect(view.graph.getEdgeAttribute(key, "statements")).toHaveLength(1);
  });

  it("keeps statements about the speaker themselves off the canvas, on the actor", () => {
    const g = fixtureGraph();
    const statement = g.outNeighbors(FIXTURE_IDS.kim).find((id) => id.startsWith("statement:"))!;
    g.addDirectedEdgeWithKey("self", statement, FIXTURE_IDS.kim, { type: "ABOUT", provenance: [] });
    const v = buildSpokeView(g);
    expect(v.selfStatements.get(FIXTURE_IDS.kim)).toEqual([statement]);
    expect(v.graph.hasEdge(FIXTURE_IDS.kim, FIXTURE_IDS.kim)).toBe(false);
  });

  it("weighs edges by the statements the filters let through", () => {
    const all = computeSpokeVisibility(graph, view, NO_FILTERS);
    expect(all.edges.size).toBe(1);
    const december = computeSpokeVisibility(graph, view, { ...NO_FILTERS, dateFrom: "2024-12-01" });
    expect(december.edges.size).toBe(0);
    expect(december.nodes.size).toBe(0);
    expect(computeSpokeVisibility(graph, view, { ...NO_FILTERS, nodeTypes: ["Actor"] }).edges.size).toBe(0);
  });

  it("finds paths over its own edges only", () => {
    const v = computeSpokeVisibility(graph, view, NO_FILTERS);
    const path = shortestPath(view.graph, FIXTURE_IDS.kim, FIXTURE_IDS.putin, (id) => v.nodes.has(id), (k) => v.edges.has(k))!;
    expect(path.order).toEqual([FIXTURE_IDS.kim, FIXTURE_IDS.putin]);
    expect(shortestPath(view.graph, FIXTURE_IDS.kim, FIXTURE_IDS.putin, () => true, () => false)).toBeNull();
  });
});
