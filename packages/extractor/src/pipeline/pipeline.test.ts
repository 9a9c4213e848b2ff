import { describe, expect, it } from "vitest";
import { checkStageOrder, PipelineOrderError } from "./pipeline";
import { STAGES } from "../stages";
import type { Stage } from "./stage";

describe("pipeline", () => {
  it("accepts the extractor's stages in their order", () => {
    expect(() => checkStageOrder(STAGES)).not.toThrow();
    expect(STAGES.map((s) => s.name).slice(0, 4)).toEqual(["clean", "actors", "coref", "statements"]);
  });

  it("refuses a stage placed before the stage it needs", () => {
    const reordered = [STAGES[0]!, STAGES[3]!, STAGES[1]!, STAGES[2]!] as Stage[];
    expect(() => checkStageOrder(reordered)).toThrow(PipelineOrderError);
    expect(() => checkStageOrder(reordered)).toThrow(/"statements" needs "actors", "coref"/);
  });

  it("refuses a stage listed twice", () => {
    expect(() => checkStageOrder([STAGES[0]!, STAGES[0]!])).toThrow(/appears twice/);
  });
});
