import { describe, expect, it } from "vitest";
import { compareProvenance, excerpt, mergeProvenance } from "./provenance";

describe("mergeProvenance", () => {
  it("keeps every span once, sorted by article then offsets", () => {
    const a = [{ article: "b.txt", start: 5, end: 9 }, { article: "a.txt", start: 10, end: 12 }];
    const b = [{ article: "a.txt", start: 10, end: 12 }, { article: "a.txt", start: 10, end: 11 }, { article: "a.txt", start: 2, end: 3 }];
    expect(mergeProvenance(a, undefined, b)).toEqual([
      { article: "a.txt", start: 2, end: 3 },
      { article: "a.txt", start: 10, end: 11 },
      { article: "a.txt", start: 10, end: 12 },
      { article: "b.txt", start: 5, end: 9 },
    ]);
    expect(compareProvenance(a[0]!, a[1]!)).toBeGreaterThan(0);
  });
});

describe("excerpt", () => {
  const text = "First sentence here. Putin said talks had failed. Third one follows.";

  it("returns the sentence around a span with its offsets", () => {
    const start = text.indexOf("talks");
    const out = excerpt(text, start, start + 5);
    expect(out.text).toBe("Putin said talks had failed.");
    expect(text.slice(out.start, out.end)).toBe(out.text);
  });

  it("trims a long sentence around the span and keeps the span inside", () => {
    const long = `${"word ".repeat(200)}TARGET ${"word ".repeat(200)}.`;
    const start = long.indexOf("TARGET");
    const out = excerpt(long, start, start + 6, 100);
    expect(out.end - out.start).toBeLessThanOrEqual(100);
    expect(out.text).toContain("TARGET");
  });
});
