import { describe, expect, it } from "vitest";
import { DeltaBuilder, InvalidDeltaError, edgeProblems, keyOfEdge, nodeProblems, nodeTypeOfId, validateDelta, type GraphDelta } from "./delta";
import { WIRE_A, WIRE_IDS as ids, wireDeltaA } from "./testing/wire-fixture";

const at = (start: number, end: number, article = "a.txt") => [{ article, start, end }];

describe("validateDelta", () => {
  it("finds nothing wrong with a well-formed delta", () => {
    expect(validateDelta(wireDeltaA())).toEqual([]);
  });

  it("names the node and the field of each schema problem", () => {
    const delta: GraphDelta = {
      article: "a.txt",
      nodes: [
        { id: "actor:putin", attributes: { type: "Actor", name: "Putin", aliases: [], actorType: "president", provenance: at(0, 5) } as never },
        { id: "statement:1", attributes: { type: "Statement", text: "No.", kind: "direct", provenance: at(6, 9) } as never },
      ],
      edges: [],
    };
    expect(validateDelta(delta)).toEqual([
      expect.stringMatching(/^node actor:putin: actorType /),
      expect.stringMatching(/^node statement:1: article /),
    ]);
  });

  it("checks the id prefix against the type, provenance presence and the article", () => {
    const problems = validateDelta({
      article: "a.txt",
      nodes: [
        { id: "place:putin", attributes: { type: "Actor", name: "Putin", aliases: [], actorType: "person", provenance: at(0, 5) } },
        { id: "actor:lavrov", attributes: { type: "Actor", name: "Lavrov", aliases: [], actorType: "person", provenance: [] } },
        { id: "actor:shoigu", attributes: { type: "Actor", name: "Shoigu", aliases: [], actorType: "person", provenance: at(0, 6, "b.txt") } },
      ],
      edges: [],
    });
    expect(problems).toEqual([
      "node place:putin: id prefix does not match type Actor",
      "node actor:lavrov: no provenance",
      "node actor:shoigu: provenance outside article a.txt",
    ]);
  });

  it("checks that edges join existing nodes of the allowed types", () => {
    const delta = wireDeltaA();
    delta.edges.push(
      { source: ids.kyiv, target: ids.surrender, attributes: { type: "SAID", provenance: at(0, 4, WIRE_A) } },
      { source: ids.zelenskiy, target: "statement:missing", attributes: { type: "SAID", provenance: at(0, 4, WIRE_A) } },
      { source: ids.zelenskiy, target: ids.droneAttack, attributes: { type: "PARTICIPATED_IN", role: "bystander", provenance: at(0, 4, WIRE_A) } as never },
    );
    expect(validateDelta(delta)).toEqual([
      `edge SAID ${ids.kyiv} -> ${ids.surrender}: source is a Place, expected Actor`,
      `edge SAID ${ids.zelenskiy} -> statement:missing: target does not exist`,
      expect.stringMatching(new RegExp(`^edge PARTICIPATED_IN ${ids.zelenskiy} -> ${ids.droneAttack}: role `)),
    ]);
  });

  it("accepts edges to nodes outside the delta when the caller knows them", () => {
    const delta: GraphDelta = { article: "b.txt", nodes: [], edges: [{ source: "actor:a", target: "article:b.txt", attributes: { type: "MENTIONED_IN", provenance: at(0, 1, "b.txt") } }] };
    expect(validateDelta(delta)).toHaveLength(2);
    expect(validateDelta(delta, (id) => nodeTypeOfId(id))).toEqual([]);
  });

  it("InvalidDeltaError names the article and lists the first problems", () => {
    const error = new InvalidDeltaError("a.txt", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]);
    expect(error.message).toBe("invalid graph delta for article a.txt: p1; p2; p3; p4; p5 (+2 more)");
    expect(error.problems).toHaveLength(7);
  });

  it("nodeProblems and edgeProblems report a record with no attributes instead of crashing", () => {
    expect(nodeProblems({ id: "actor:x", attributes: undefined as never })[0]).toMatch(/^node actor:x: /);
    expect(edgeProblems({ source: "a", target: "b", attributes: { type: "LIKES" } as never }, () => undefined)[0]).toMatch(/^edge LIKES a -> b: /);
  });
});

describe("DeltaBuilder", () => {
  it("merges a node or edge added twice, and builds sorted output", () => {
    const b = new DeltaBuilder("a.txt");
    b.addNode("actor:b", { type: "Actor", name: "B", aliases: [], actorType: "group", provenance: at(5, 6) });
    b.addNode("actor:a", { type: "Actor", name: "A", aliases: [], actorType: "group", provenance: at(0, 1) });
    b.addNode("actor:a", { type: "Actor", name: "A.", aliases: [], actorType: "group", provenance: at(2, 4) });
    b.addEdge("actor:a", "actor:b", { type: "AFFILIATED_WITH", provenance: at(0, 1) });
    b.addEdge("actor:a", "actor:b", { type: "AFFILIATED_WITH", provenance: at(2, 4) });
    const delta = b.build();
    expect(delta.nodes.map((n) => n.id)).toEqual(["actor:a", "actor:b"]);
    expect(delta.nodes[0]!.attributes).toMatchObject({ name: "A", aliases: ["A."], provenance: [...at(0, 1), ...at(2, 4)] });
    expect(delta.edges).toHaveLength(1);
    expect(delta.edges[0]!.attributes.provenance).toHaveLength(2);
  });

  it("keys role-bearing edges by role, so two roles between one pair are two edges", () => {
    const b = new DeltaBuilder("a.txt");
    const agent = b.addEdge("actor:a", "event:e", { type: "PARTICIPATED_IN", role: "agent", provenance: at(0, 1) });
    const target = b.addEdge("actor:a", "event:e", { type: "PARTICIPATED_IN", role: "target", provenance: at(0, 1) });
    expect(agent).toBe("PARTICIPATED_IN|actor:a|event:e|agent");
    expect(target).not.toBe(agent);
    expect(keyOfEdge({ source: "actor:a", target: "actor:b", attributes: { type: "AFFILIATED_WITH", role: "mayor", provenance: [] } })).toBe("AFFILIATED_WITH|actor:a|actor:b");
  });

  it("nodeTypeOfId reads the prefix", () => {
    expect(nodeTypeOfId("actor:x")).toBe("Actor");
    expect(nodeTypeOfId("article:000_x.txt")).toBe("Article");
    expect(nodeTypeOfId("person:x")).toBeUndefined();
    expect(nodeTypeOfId("no-colon")).toBeUndefined();
  });
});
