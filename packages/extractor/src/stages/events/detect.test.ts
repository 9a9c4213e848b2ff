import { describe, expect, it } from "vitest";
import { segment } from "../../document/segment";
import { findTriggers } from "./detect";
import { inflect } from "./lexicon";

const triggers = (text: string) =>
  findTriggers(text, segment(text).sentences).map((t) => ({ type: t.eventType, text: text.slice(t.start, t.end), start: t.start, back: t.backReference, headline: t.headline }));

describe("inflect", () => {
  it("conjugates verbs, including phrasal ones, and pluralises nouns", () => {
    expect(inflect("shoot down")).toEqual(["shoot down", "shooting down", "shoots down", "shot down"]);
    expect(inflect("strike")).toContain("struck");
    expect(inflect("evacuation")).toContain("evacuations");
    expect(inflect("talks")).not.toContain("talked");
  });
});

describe("findTriggers", () => {
  it("finds an attack with its exact span", () => {
    const text = "Israeli jets struck a weapons depot near Damascus on Monday, the army said.";
    expect(triggers(text)).toEqual([{ type: "attack", text: "struck", start: 13, back: false, headline: false }]);
  });

  it("reads drones shot down as an interception, and a weapon launch as an attack", () => {
    const text = "Air defences shot down 30 drones over the Belgorod region overnight, out of 45 drones launched by Ukraine.";
    const found = triggers(text);
    expect(found.map((t) => [t.type, t.text])).toEqual([
      ["interception", "shot down"],
      ["attack", "launched"],
    ]);
  });

  it("keeps destroy for weapons only", () => {
    expect(triggers("Air defence units destroyed 12 drones over the port of Odesa.").map((t) => t.type)).toEqual(["interception"]);
    expect(triggers("Floods destroyed 40 homes in the valley.").map((t) => t.type)).toEqual([]);
  });

  it("skips negated, hypothetical, habitual and background mentions", () => {
    expect(triggers("There were no casualties, the governor said.")).toEqual([]);
    expect(triggers("The pact obliges each side to help the other in case of an armed attack.")).toEqual([]);
    expect(triggers("Officials warned that rebels could attack the capital.")).toEqual([]);
    expect(triggers("The ministry reports drone attacks on a near-daily basis.")).toEqual([]);
    expect(triggers("Residents fled their homes amid heavy shelling.")).toEqual([]);
    expect(triggers("The government has ruled out talks with the opposition.")).toEqual([]);
    expect(triggers("The European Union called for an investigation into the vote.")).toEqual([]);
  });

  it("marks definite nouns as references back to an event already told", () => {
    const text = "Rebels attacked a convoy in the north on Friday. The attack killed three soldiers.";
    const found = triggers(text);
    expect(found.map((t) => [t.type, t.text, t.back])).toEqual([
      ["attack", "attacked", false],
      ["attack", "attack", true],
      ["casualties", "killed", false],
    ]);
  });

  it("types ambiguous words by their context", () => {
    expect(triggers("The government sent 2,000 troops to the border.").map((t) => t.type)).toEqual(["deployment_mobilization"]);
    expect(triggers("Germany sent air defence systems and ammunition to Kyiv.").map((t) => t.type)).toEqual(["aid_supply"]);
    expect(triggers("The two leaders signed a trade agreement in Beijing.").map((t) => t.type)).toEqual(["agreement_action"]);
    expect(triggers("The two leaders signed autographs for fans.").map((t) => t.type)).toEqual([]);
    expect(triggers("Officials met with rebel commanders in Doha.").map((t) => t.type)).toEqual(["meeting_talks"]);
    expect(triggers("The deal will hold until Moscow meets its demands.").map((t) => t.type)).toEqual([]);
  });

  it("finds a closure but not the adjective 'closed'", () => {
    expect(triggers("Authorities closed three airports in the south.").map((t) => [t.type, t.text])).toEqual([["closure_restriction", "closed"]]);
    expect(triggers("The sides have talked through closed channels.").map((t) => t.type)).toEqual([]);
  });

  it("finds one event per type and clause, and one per clause after 'while'", () => {
    const text = "The senate ratified the accord on Tuesday, while the lower chamber approved it in May.";
    expect(triggers(text).map((t) => [t.type, t.text])).toEqual([
      ["agreement_action", "ratified"],
      ["agreement_action", "approved"],
    ]);
  });

  it("marks a headline line as a repeat", () => {
    const text = "Rebels seize border town\nRebels seized the border town of Qusayr on Sunday, officials said.";
    expect(triggers(text).map((t) => [t.type, t.headline])).toEqual([
      ["territorial_capture", true],
      ["territorial_capture", false],
    ]);
  });
});
