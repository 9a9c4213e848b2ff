import { describe, expect, it } from "vitest";
import { actorId, agreementId, articleNodeId, edgeKey, eventId, placeId, sha256Hex, slugify, statementId } from "./ids";

describe("slugify and name ids", () => {
  it("gives readable, stable ids", () => {
    expect(actorId("Vladimir Putin")).toBe("actor:vladimir-putin");
    expect(actorId("Kim Jong-un")).toBe(actorId("KIM JONG UN"));
    expect(placeId("Kyiv")).toBe("place:kyiv");
    expect(agreementId("Black Sea Grain Initiative")).toBe("agreement:black-sea-grain-initiative");
    expect(articleNodeId("000_86ea664bd2d81578.txt")).toBe("article:000_86ea664bd2d81578.txt");
  });

  it("keeps non-Latin scripts readable", () => {
    expect(actorId("Владимир Путин")).toBe("actor:владимир-путин");
    expect(actorId("习近平")).toBe("actor:习近平");
  });

  it("keeps a readable head of long names and hashes the whole, so two long names never collide", () => {
    const head = "Ministry of Foreign Affairs and International Cooperation of the Republic of ";
    const a = slugify(`${head}Somewhere`);
    const b = slugify(`${head}Elsewhere`);
    expect(a.length).toBeLessThanOrEqual(80);
    expect(a).toMatch(/^ministry-of-foreign-affairs-.*-[0-9a-f]{16}$/);
    expect(a).not.toBe(b);
    expect(slugify(`${head}Somewhere`)).toBe(a);
  });

  it("hashes names that have no letters or digits instead of giving an empty id", () => {
    expect(slugify("!!!")).toMatch(/^h-[0-9a-f]{16}$/);
    expect(slugify("!!!")).not.toBe(slugify("???"));
  });
});

describe("content ids", () => {
  it("sha256Hex is the standard digest", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("one statement per article and wording, whatever the quotes and case", () => {
    const id = statementId("a.txt", "“We will not surrender,”");
    expect(id).toMatch(/^statement:[0-9a-f]{16}$/);
    expect(statementId("a.txt", '"we will NOT surrender"')).toBe(id);
    expect(statementId("b.txt", "“We will not surrender,”")).not.toBe(id);
    expect(statementId("a.txt", "We will surrender")).not.toBe(id);
  });

  it("one event per article, type and evidence", () => {
    const id = eventId("a.txt", "attack", "Drones hit Kyiv.");
    expect(id).toMatch(/^event:[0-9a-f]{16}$/);
    expect(eventId("a.txt", "attack", "drones hit kyiv")).toBe(id);
    expect(eventId("a.txt", "interception", "Drones hit Kyiv.")).not.toBe(id);
  });

  it("edge keys carry the role only when given", () => {
    expect(edgeKey("SAID", "actor:a", "statement:b")).toBe("SAID|actor:a|statement:b");
    expect(edgeKey("PARTICIPATED_IN", "actor:a", "event:b", "agent")).toBe("PARTICIPATED_IN|actor:a|event:b|agent");
  });
});
