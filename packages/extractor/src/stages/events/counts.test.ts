import { describe, expect, it } from "vitest";
import { findCounts } from "./counts";

const counts = (text: string, type: Parameters<typeof findCounts>[2]) => findCounts(text, { start: 0, end: text.length }, type);

describe("findCounts", () => {
  it("counts drones destroyed and launched", () => {
    expect(counts("Air defences destroyed 41 of the 58 drones launched overnight.", "interception")).toEqual({ destroyed: 41, launched: 58 });
  });

  it("tells the killed from the injured by the nearest word", () => {
    expect(counts("The strike killed a dozen civilians and more than 30 people were wounded.", "casualties")).toEqual({ killed: 12, injured: 30 });
  });

  it("counts villages evacuated and troops deployed", () => {
    expect(counts("Officials evacuated 15 villages near the border.", "evacuation")).toEqual({ evacuated: 15 });
    expect(counts("The ministry deployed 5,000 troops to the region.", "deployment_mobilization")).toEqual({ deployed: 5000 });
  });

  it("does not take a year for a count", () => {
    expect(counts("Rebels have launched 2022 drones since 2022.", "attack")).toEqual({});
  });
});
