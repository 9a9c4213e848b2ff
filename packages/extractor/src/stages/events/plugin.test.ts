import { describe, expect, it } from "vitest";
import { validateDelta, type EdgeRecord, type NodeRecord } from "@newsgraph/graph-model";
import { extractArticle, pipeline } from "../../extract";

const text = [
  "Russian drones pound Odesa port",
  "Russia launched 40 drones at the port of Odesa overnight, Ukraine's air force said on Sunday.",
  "Air defences destroyed 31 drones over the Odesa region, it said.",
  "\"The attack damaged grain silos,\" the regional governor said.",
].join("\n");
const article = { id: "wire-odesa.txt", text, origin: "test", published: "2025-06-02" };

const slices = (n: NodeRecord) => ((n.attributes as { provenance: { start: number; end: number }[] }).provenance).map((p) => text.slice(p.start, p.end));
const edges = (all: EdgeRecord[], type: string, target?: string) => all.filter((e) => e.attributes.type === type && (!target || e.target === target));

describe("events stage", () => {
  it("runs after statements in the pipeline", () => {
    const names = pipeline.stages.map((s) => s.name);
    expect(names.indexOf("events")).toBeGreaterThan(names.indexOf("statements"));
    expect(names.indexOf("agreements")).toBeGreaterThan(names.indexOf("statements"));
  });

  it("emits one node per occurrence with provenance, place, date, counts and article links", () => {
    const delta = extractArticle(article);
    expect(validateDelta(delta).filter((p) => /Event|Place|LOCATED_IN|PARTICIPATED_IN|REPORTED_IN/.test(p))).toEqual([]);
    const events = delta.nodes.filter((n) => n.attributes.type === "Event");
    expect(events.map((e) => (e.attributes as { eventType: string }).eventType).sort()).toEqual(["attack", "interception"]);

    const attack = events.find((e) => (e.attributes as { eventType: string }).eventType === "attack")!;
    expect(attack.attributes).toMatchObject({ plover: "ASSAULT", trigger: "launched", time: "overnight", date: "2025-06-02", counts: { launched: 40 }, article: "wire-odesa.txt" });
    expect(slices(attack)).toEqual([
      "Russian drones pound Odesa port",
      "Russia launched 40 drones at the port of Odesa overnight, Ukraine's air force said on Sunday.",
      "\"The attack damaged grain silos,\" the regional governor said.",
    ]);
    expect(edges(delta.edges, "REPORTED_IN", "article:wire-odesa.txt").some((e) => e.source === attack.id)).toBe(true);
    const located = edges(delta.edges, "LOCATED_IN").filter((e) => e.source === attack.id).map((e) => e.target);
    expect(located).toContain("place:odesa");
    expect(edges(delta.edges, "MENTIONED_IN", "article:wire-odesa.txt").some((e) => e.source === "place:odesa")).toBe(true);

    const interception = events.find((e) => (e.attributes as { eventType: string }).eventType === "interception")!;
    expect(interception.attributes).toMatchObject({ counts: { destroyed: 31 } });
    expect(slices(interception)).toEqual(["Air defences destroyed 31 drones over the Odesa region, it said."]);
  });

  it("links the attacker as agent where the actors stage found it", () => {
    const delta = extractArticle(article);
    const attack = delta.nodes.find((n) => (n.attributes as { eventType?: string }).eventType === "attack")!;
    const roles = edges(delta.edges, "PARTICIPATED_IN", attack.id).map((e) => [e.source, (e.attributes as { role: string }).role]);
    expect(roles).toContainEqual(["actor:russia", "agent"]);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(extractArticle(article))).toBe(JSON.stringify(extractArticle(article)));
  });
});
