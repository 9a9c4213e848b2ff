import { describe, expect, it } from "vitest";
import { validateDelta } from "@newsgraph/graph-model";
import { extractArticle } from "../extract";
import { KNOWN_ORGANIZATIONS } from "./organizations";
import { wordLexicon } from "./lookup";

describe("word lexicons", () => {
  it("find only their own words, never an object's built-in properties", () => {
    expect(wordLexicon({ deal: 1 })["constructor"]).toBeUndefined();
    expect(KNOWN_ORGANIZATIONS["tostring"]).toBeUndefined();
    expect(wordLexicon({ deal: 1 })["deal"]).toBe(1);
  });

  it("let an article full of such words through", () => {
    const text = "The Constructor team said the constructor of the valueOf toString hasOwnProperty plan was ready. Constructor Hale said two constructor workers were killed.";
    const delta = extractArticle({ id: "words.txt", text, origin: "test" });
    expect(validateDelta(delta)).toEqual([]);
    expect(delta.nodes.some((n) => n.attributes.type === "Agreement")).toBe(false);
  });
});
