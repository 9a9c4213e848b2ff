import { describe, expect, it } from "vitest";
import { findTime, resolveDate } from "./time";

const time = (text: string, published?: string) => {
  const t = findTime(text, { start: 0, end: text.length }, published);
  return t && { text: t.text, exact: text.slice(t.start, t.end), date: t.date };
};

describe("findTime", () => {
  it("finds the expression with exact offsets and resolves it against the publication date", () => {
    expect(time("Drones struck the refinery early on Saturday, officials said.", "2025-03-12")).toEqual({ text: "early on Saturday", exact: "early on Saturday", date: "2025-03-08" });
  });

  it("prefers a named day over a vague span", () => {
    expect(time("A second bridge collapsed hours later in the early hours of Sunday.")?.text).toBe("the early hours of Sunday");
  });

  it("reads a weekday forward in a clause about what is to come", () => {
    expect(time("The minister will travel to Riyadh on Thursday to meet the crown prince.", "2025-01-14")?.date).toBe("2025-01-16");
  });

  it("skips the day of the report itself", () => {
    expect(time("The army said on Tuesday it had captured the village last week.")?.text).toBe("last week");
  });

  it("gives no date without a publication date, or for a month", () => {
    expect(time("The pact was signed in June 2023.")).toEqual({ text: "June 2023", exact: "June 2023", date: undefined });
    expect(time("Shelling resumed overnight.")?.date).toBeUndefined();
  });
});

describe("resolveDate", () => {
  it("reads weekdays and relative days as past", () => {
    expect(resolveDate("on Friday", "2025-03-12")).toBe("2025-03-07");
    expect(resolveDate("yesterday", "2025-03-12")).toBe("2025-03-11");
    expect(resolveDate("overnight", "2025-03-12")).toBe("2025-03-12");
    expect(resolveDate("February 24, 2022", "2025-03-12")).toBe("2022-02-24");
    expect(resolveDate("last month", "2025-03-12")).toBeUndefined();
  });
});
