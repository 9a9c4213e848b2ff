import { describe, expect, it } from "vitest";
import { collapseNode, expandNode, replayExploration, startExploration } from "./explore";
import { FIXTURE_IDS } from "./fixture";
import { fixtureGraph } from "./test-graph";

const graph = fixtureGraph();
const noArticles = (id: string) => graph.getNodeAttributes(id).type !== "Article";

describe("exploration", () => {
  it("starts with the root and its neighbours", () => {
    const view = replayExploration(graph, startExploration(FIXTURE_IDS.putin), { cap: 50, allowed: noArticles });
    const expected = new Set([FIXTURE_IDS.putin, ...graph.neighbors(FIXTURE_IDS.putin).filter(noArticles)]);
    expect(view.shown).toEqual(expected);
    expect(view.remaining.get(FIXTURE_IDS.putin)).toBe(0);
  });

  it("caps a hub and shows the next batch when expanded again", () => {
    const options = { cap: 2, allowed: noArticles };
    let ex = startExploration(FIXTURE_IDS.putin);
    let view = replayExploration(graph, ex, options);
    const neighbours = graph.neighbors(FIXTURE_IDS.putin).filter(noArticles).length;
    expect(view.shown.size).toBe(3);
    expect(view.remaining.get(FIXTURE_IDS.putin)).toBe(neighbours - 2);
    ex = expandNode(ex, FIXTURE_IDS.putin);
    view = replayExploration(graph, ex, options);
    expect(view.shown.size).toBe(Math.min(5, neighbours + 1));
  });

  it("reaches k hops", () => {
    const one = replayExploration(graph, startExploration(FIXTURE_IDS.kim), { cap: 50, allowed: noArticles });
    const two = replayExploration(graph, startExploration(FIXTURE_IDS.kim, 2), { cap: 50, allowed: noArticles });
    expect(one.shown.has(FIXTURE_IDS.putin)).toBe(false);
    expect(two.shown.has(FIXTURE_IDS.putin)).toBe(true);
  });

  it("keeps each expansion's own hops: a later hops setting does not re-play earlier expansions", () => {
    const options = { cap: 50, allowed: noArticles };
    const kimStatement = graph.outNeighbors(FIXTURE_IDS.kim).find((id) => id.startsWith("statement:"))!;
    const ex = expandNode(startExploration(FIXTURE_IDS.kim, 1), kimStatement, 3);
    expect(ex.expansions.map((e) => e.hops)).toEqual([1, 3]);
    const shown = replayExploration(graph, ex, options).shown;
    expect(shown.has(FIXTURE_IDS.treaty)).toBe(true); // 3 hops from the statement
    expect(replayExploration(graph, startExploration(FIXTURE_IDS.kim, 1), options).shown.has(FIXTURE_IDS.treaty)).toBe(false);
  });

  it("collapses what an expansion added, recursively, and keeps the node", () => {
    const options = { cap: 50, allowed: noArticles };
    const kimStatement = graph.outNeighbors(FIXTURE_IDS.kim).find((id) => id.startsWith("statement:"))!;
    let ex = expandNode(expandNode(startExploration(FIXTURE_IDS.kim), kimStatement), FIXTURE_IDS.putin);
    expect(replayExploration(graph, ex, options).shown.has(FIXTURE_IDS.treaty)).toBe(true);
    ex = collapseNode(graph, ex, kimStatement, options);
    const shown = replayExploration(graph, ex, options).shown;
    expect(shown).toEqual(new Set([FIXTURE_IDS.kim, kimStatement]));
  });
});
