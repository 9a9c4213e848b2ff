import { describe, expect, it } from "vitest";
import { normalizeDate } from "./dates";

describe("normalizeDate", () => {
  it("reads ISO dates and date-times strictly", () => {
    expect(normalizeDate("2024-06-21")).toBe("2024-06-21");
    expect(normalizeDate(" 2024-06-21T05:30:00Z ")).toBe("2024-06-21");
    expect(normalizeDate("2024-06-21T23:30:00+02:00")).toBe("2024-06-21");
    expect(normalizeDate("2024-02-30")).toBeUndefined();
    expect(normalizeDate("2024-13-01")).toBeUndefined();
  });

  it("reads written dates when day, month and year are all given", () => {
    expect(normalizeDate("June 21, 2024")).toBe("2024-06-21");
    expect(normalizeDate("21 June 2024")).toBe("2024-06-21");
    expect(normalizeDate("Fri, 21 Jun 2024 05:30:00 GMT")).toBe("2024-06-21");
  });

  it("refuses partial dates and non-dates instead of guessing", () => {
    expect(normalizeDate("June 21")).toBeUndefined();
    expect(normalizeDate("June 2024")).toBeUndefined();
    expect(normalizeDate("yesterday")).toBeUndefined();
    expect(normalizeDate("soon")).toBeUndefined();
    expect(normalizeDate("")).toBeUndefined();
  });
});
