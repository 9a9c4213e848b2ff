import { describe, expect, it } from "vitest";
import { nothingReadMessage, reportPathFor, summaryLine, type BuildReport } from "./report";

const report = (over: Partial<BuildReport>): BuildReport => ({
  graph: "graph.json",
  inputs: ["corpus"],
  workers: 1,
  articles: [],
  skipped: [],
  warnings: [],
  counts: { nodes: {}, edges: {}, totalNodes: 0, totalEdges: 0 },
  written: true,
  durationMs: 1234,
  ...over,
});
const article = (id: string, status: "added" | "changed" | "unchanged") => ({ id, origin: id, status, nodes: {}, edges: 0 });

describe("run report", () => {
  it("puts the report beside the graph", () => {
    expect(reportPathFor("out/graph.json")).toBe("out/graph.report.json");
    expect(reportPathFor("G.JSON")).toBe("G.report.json");
    expect(reportPathFor("graph")).toBe("graph.report.json");
  });

  it("summarizes a build, and an --into run with its statuses", () => {
    const built = report({ articles: [article("a", "added")], skipped: [{ path: "x.bin", reason: "binary file" }], counts: { nodes: {}, edges: {}, totalNodes: 3, totalEdges: 1 } });
    expect(summaryLine(built, "graph.report.json")).toBe("built graph.json from 1 article (1 added, 1 skipped, see graph.report.json): 3 nodes, 1 edge in 1.2 s");
    const into = report({ into: "graph.json", articles: [article("a", "unchanged"), article("b", "changed"), article("c", "added")] });
    expect(summaryLine(into, "r.json")).toBe("updated graph.json from 3 articles (1 added, 1 changed, 1 unchanged): 0 nodes, 0 edges in 1.2 s");
    expect(summaryLine({ ...into, written: false }, "r.json")).toMatch(/^left unchanged graph\.json/);
  });

  it("says why nothing was read, with the first reasons", () => {
    const skipped = ["a", "b", "c", "d"].map((p) => ({ path: `${p}.bin`, reason: "binary file" }));
    expect(nothingReadMessage(report({ skipped }), "r.json")).toBe(
      "no articles read: 4 inputs skipped (see r.json): a.bin: binary file; b.bin: binary file; c.bin: binary file; and 1 more",
    );
    expect(nothingReadMessage(report({ inputs: ["empty/"] }), "r.json")).toBe("no articles read: no input files found in empty/");
  });
});
