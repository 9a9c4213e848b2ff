// Trigger words added from the PLOVER/CAMEO event categories, each on a sentence written for the test.
import { describe, expect, it } from "vitest";
import { segment } from "../../document/segment";
import { findTriggers } from "./detect";

const types = (text: string) => findTriggers(text, segment(text).sentences).map((t) => [t.eventType, text.slice(t.start, t.end)]);

describe("findTriggers: PLOVER verbs beyond the first lexicon", () => {
  it.each([
    ["Gunmen opened fire on a minibus outside Tarvel on Sunday.", "attack", "opened fire"],
    ["Militia fighters besieged the garrison town for three weeks.", "attack", "besieged"],
    ["Government troops launched a counteroffensive near the river crossing.", "attack", "counteroffensive"],
    ["Rebel units encircled the provincial capital on Thursday.", "territorial_capture", "encircled"],
    ["The neighbouring state formally annexed the disputed strip of coast.", "territorial_capture", "annexed"],
    ["The navy imposed a blockade on the island's two ports.", "closure_restriction", "blockade"],
    ["The city entered a two-week lockdown on Monday.", "closure_restriction", "lockdown"],
    ["Foreign ministers of the bloc convened in an emergency session.", "meeting_talks", "convened"],
    ["The premier nominated a former banker as finance minister.", "resignation_appointment", "nominated"],
    ["The new governor was sworn in on Friday.", "resignation_appointment", "sworn in"],
    ["Voters backed the charter in a referendum on Sunday.", "election", "referendum"],
    ["A court jailed the former mayor for six years.", "legal_action", "jailed"],
    ["The country extradited two suspects to Portugal.", "legal_action", "extradited"],
    ["Prosecutors opened a probe into the contract.", "legal_action", "probe"],
    ["The shipping firm sued the port authority in March.", "legal_action", "sued"],
    ["The army redeployed two brigades to the northern border.", "deployment_mobilization", "redeployed"],
    ["The charity donated medical supplies to the clinic.", "aid_supply", "donated"],
    ["Two fatalities were reported after the ferry capsized.", "casualties", "fatalities"],
  ])("%s", (text, type, trigger) => {
    expect(types(text)).toContainEqual([type, trigger]);
  });

  it("keeps the new words out of their ordinary senses", () => {
    expect(types("The coach fired up the crowd before the final.")).toEqual([]);
    expect(types("Aid reached the besieged town by road.").filter(([t]) => t === "attack")).toEqual([]);
    expect(types("She will probe the question in her next book, she hopes.").filter(([t]) => t === "legal_action")).toEqual([]);
    expect(types("The company may sue if the deal collapses.").filter(([t]) => t === "legal_action")).toEqual([]);
  });
});
