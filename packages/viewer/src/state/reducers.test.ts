import { describe, expect, it } from "vitest";
import { computeSpokeVisibility, computeVisibility, NO_FILTERS } from "./filters";
import { FIXTURE_IDS } from "./fixture";
import { FADED_NODE, focusOf, makeReducers, type ShownGraph, type ViewState } from "./reducers";
import { buildSpokeView, spokeEdgeKey } from "./spoke";
import { computeSizes, colorOf } from "./style";
import { PICTOGRAMS } from "./pictograms";
import { fixtureGraph } from "./test-graph";
import { shortestPath } from "./path";

const graph = fixtureGraph();
const base = (over: Partial<ViewState> = {}): ViewState => ({
  visibility: computeVisibility(graph, NO_FILTERS),
  sizes: computeSizes(graph, "degree"),
  selected: null,
  hovered: null,
  edge: null,
  path: null,
  ...over,
});
const display = (state: ViewState, id: string) => makeReducers(graph, state).nodeReducer(id, graph.getNodeAttributes(id));

describe("reducers", () => {
  it("colours by type and always hands sigma the pictogram program, whatever the node's own type attribute", () => {
    const d = display(base(), FIXTURE_IDS.putin);
    expect(d.type).toBe("pictogram");
    expect(d.image).toBe(PICTOGRAMS.person);
    expect(d.color).toBe(colorOf(graph.getNodeAttributes(FIXTURE_IDS.putin)));
    expect(d.label).toBe("Vladimir Putin");
    expect(d.hidden).toBe(false);
  });

  it("fades everything outside the hovered node's neighbourhood, and hover beats selection", () => {
    const state = base({ selected: FIXTURE_IDS.kim, hovered: FIXTURE_IDS.treaty });
    const focus = focusOf(graph, state)!;
    expect([...focus].sort()).toEqual([FIXTURE_IDS.treaty, FIXTURE_IDS.putin, FIXTURE_IDS.northKorea, FIXTURE_IDS.article1].sort());
    expect(display(state, FIXTURE_IDS.putin).color).not.toBe(FADED_NODE);
    expect(display(state, FIXTURE_IDS.kim).color).toBe(FADED_NODE);
    expect(display(state, FIXTURE_IDS.kim).label).toBeNull();
    const { edgeReducer } = makeReducers(graph, state);
    const treatyEdge = graph.edges(FIXTURE_IDS.putin, FIXTURE_IDS.treaty)[0]!;
    const otherEdge = graph.outEdges(FIXTURE_IDS.kim)[0]!;
    expect(edgeReducer(treatyEdge, graph.getEdgeAttributes(treatyEdge)).size).toBe(2);
    expect(edgeReducer(otherEdge, graph.getEdgeAttributes(otherEdge)).color).not.toBe(edgeReducer(treatyEdge, graph.getEdgeAttributes(treatyEdge)).color);
  });

  it("hides filtered-out nodes and edges", () => {
    const state = base({ visibility: computeVisibility(graph, { ...NO_FILTERS, nodeTypes: ["Actor"] }) });
    expect(display(state, FIXTURE_IDS.treaty).hidden).toBe(true);
    const e = graph.edges(FIXTURE_IDS.putin, FIXTURE_IDS.treaty)[0]!;
    expect(makeReducers(graph, state).edgeReducer(e, graph.getEdgeAttributes(e)).hidden).toBe(true);
  });

  it("take the other view's edge keys without throwing: sigma re-indexes with them while the views swap", () => {
    const spoke = buildSpokeView(graph);
    const visibility = computeSpokeVisibility(graph, spoke, NO_FILTERS);
    const state = base({ visibility, sizes: computeSizes(spoke.graph as unknown as ShownGraph, "degree"), selected: FIXTURE_IDS.putin });
    const { edgeReducer } = makeReducers(spoke.graph as unknown as ShownGraph, state);
    const said = graph.edges(FIXTURE_IDS.kim, graph.outNeighbors(FIXTURE_IDS.kim)[0]!)[0]!;
    expect(edgeReducer(said, graph.getEdgeAttributes(said)).hidden).toBe(true);
    // Its own keys still work: Kim → Putin touches the selection, so it is labelled with its one statement.
    const kimToPutin = spokeEdgeKey(FIXTURE_IDS.kim, FIXTURE_IDS.putin);
    expect(edgeReducer(kimToPutin, spoke.graph.getEdgeAttributes(kimToPutin)).label).toBe("1 statement");
  });

  it("highlights a path and fades the rest", () => {
    const path = shortestPath(graph, FIXTURE_IDS.kim, FIXTURE_IDS.northKorea, (id) => graph.getNodeAttributes(id).type !== "Article")!;
    const state = base({ path });
    for (const id of path.order) expect(display(state, id).highlighted).toBe(true);
    expect(display(state, FIXTURE_IDS.sobyanin).color).toBe(FADED_NODE);
    const { edgeReducer } = makeReducers(graph, state);
    for (const e of path.edges) expect(edgeReducer(e, graph.getEdgeAttributes(e)).size).toBe(4);
  });
});

describe("shortestPath", () => {
  const noArticles = (id: string) => graph.getNodeAttributes(id).type !== "Article";
  it("follows edges in either direction and skips articles", () => {
    const path = shortestPath(graph, FIXTURE_IDS.kim, FIXTURE_IDS.northKorea, noArticles)!;
    expect(path.order[0]).toBe(FIXTURE_IDS.kim);
    expect(path.order.at(-1)).toBe(FIXTURE_IDS.northKorea);
    expect(path.order).toHaveLength(5); // Kim → statement → Putin → treaty → North Korea
    expect(path.edges.size).toBe(4);
    expect(path.order.some((id) => id.startsWith("article:"))).toBe(false);
  });
  it("goes through articles only when allowed", () => {
    expect(shortestPath(graph, FIXTURE_IDS.kim, FIXTURE_IDS.northKorea, () => true)!.order).toHaveLength(3);
  });
  it("returns null when nothing connects the two", () => {
    expect(shortestPath(graph, FIXTURE_IDS.kim, FIXTURE_IDS.sobyanin, (id) => graph.getNodeAttributes(id).type === "Actor")).toBeNull();
  });
});

describe("sizes", () => {
  it("rank actors and statements by PageRank, not the article files that mention everyone", () => {
    const sizes = computeSizes(graph, "pagerank");
    const largest = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
    expect(graph.getNodeAttribute(largest, "type")).not.toBe("Article");
    expect(sizes.get(FIXTURE_IDS.article1)).toBe(3);
    expect(sizes.get(FIXTURE_IDS.putin)!).toBeGreaterThan(sizes.get(FIXTURE_IDS.article1)!);
  });
  it("grow with degree and with PageRank, within bounds", () => {
    for (const by of ["degree", "pagerank"] as const) {
      const sizes = computeSizes(graph, by);
      expect(sizes.size).toBe(graph.order);
      expect(sizes.get(FIXTURE_IDS.putin)!).toBeGreaterThan(sizes.get(FIXTURE_IDS.kim)!);
      for (const s of sizes.values()) expect(s).toBeGreaterThanOrEqual(3), expect(s).toBeLessThanOrEqual(16);
    }
  });
});
