import { describe, expect, it } from "vitest";
import { segment } from "../../document/segment";
import type { ActorMention } from "../actors/types";
import { extractEvents, listItems } from "./extract-events";

const run = (text: string, extra: { actorMentions?: ActorMention[]; published?: string } = {}) =>
  extractEvents({ text, sentences: segment(text).sentences, ...extra });

/** An actor mention on the first occurrence of `words`. */
const mention = (text: string, words: string, actor: string): ActorMention => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, actor, via: "name" };
};

describe("extractEvents", () => {
  it("makes one event of a headline, its report and a later back-reference", () => {
    const text = [
      "Drones hit oil depot in Novorossiysk",
      "Ukrainian drones hit an oil depot in the port of Novorossiysk overnight, the regional governor said.",
      "The attack set two tanks on fire, officials said.",
    ].join("\n");
    const events = run(text);
    expect(events.map((e) => e.eventType)).toEqual(["attack"]);
    const [attack] = events;
    expect(attack!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["hit", "hit", "attack"]);
    expect(text.slice(attack!.evidence.start, attack!.evidence.end)).toBe("Ukrainian drones hit an oil depot in the port of Novorossiysk overnight, the regional governor said.");
    expect(attack!.time?.text).toBe("overnight");
    expect(attack!.places.map((p) => p.name)).toContain("Novorossiysk");
  });

  it("keeps strikes on two different cities apart", () => {
    const text = "Missiles struck the city of Kharkiv on Friday. Another strike hit the city of Sumy on Friday.";
    const events = run(text);
    expect(events.map((e) => [e.eventType, e.places.map((p) => p.name)])).toEqual([
      ["attack", ["Kharkiv"]],
      ["attack", ["Sumy"]],
    ]);
  });

  it("keeps one place's events of two different days apart", () => {
    const text = "Drones attacked the city of Belgorod on Monday. Drones attacked the city of Belgorod again in March.";
    expect(run(text)).toHaveLength(2);
  });

  it("gives the PLOVER category, counts, resolved date and roles", () => {
    const text = "Russia launched 90 drones at Ukraine on Saturday, the air force said.";
    const [attack] = run(text, {
      published: "2025-05-20",
      actorMentions: [mention(text, "Russia", "russia"), mention(text, "Ukraine", "ukraine")],
    });
    expect(attack).toMatchObject({ eventType: "attack", plover: "ASSAULT", counts: { launched: 90 }, time: { text: "on Saturday", date: "2025-05-17" } });
    expect(attack!.participants.map((p) => [p.actor, p.role])).toEqual([
      ["russia", "agent"],
      ["ukraine", "target"],
    ]);
  });

  it("gives no role to a news agency in a dateline", () => {
    const text = "KYIV (Reuters) - Russia struck a power plant in the Kharkiv region overnight.";
    const [attack] = run(text, { actorMentions: [mention(text, "Reuters", "reuters"), mention(text, "Russia", "russia")] });
    expect(attack!.participants.map((p) => [p.actor, p.role])).toEqual([["russia", "agent"]]);
  });

  it("makes the nearest subject the supplier and 'to X' the recipient", () => {
    const text = "Germany pledged more air defence, and Britain delivered 200 armoured vehicles to Ukraine last week.";
    const [supply] = run(text, {
      published: "2025-03-03",
      actorMentions: [mention(text, "Germany", "de"), mention(text, "Britain", "gb"), mention(text, "Ukraine", "ua")],
    });
    expect(supply).toMatchObject({ eventType: "aid_supply", plover: "AID", time: { text: "last week" } });
    expect(supply!.time?.date).toBeUndefined();
    expect(supply!.participants.map((p) => [p.actor, p.role])).toEqual([
      ["gb", "agent"],
      ["ua", "target"],
    ]);
  });

  it("gives everyone in talks the participant role", () => {
    const text = "Erdogan met with Zelensky in Ankara on Thursday.";
    const [talks] = run(text, { actorMentions: [mention(text, "Erdogan", "erdogan"), mention(text, "Zelensky", "zelensky")] });
    expect(talks).toMatchObject({ eventType: "meeting_talks", plover: "CONSULT" });
    expect(talks!.participants.map((p) => p.role)).toEqual(["participant", "participant"]);
  });

  it("merges two reports of one toll", () => {
    const text = "A missile strike on a training ground killed 12 soldiers, the army said. \"Twelve soldiers were killed,\" a spokesman told reporters.";
    expect(run(text).filter((e) => e.eventType === "casualties")).toHaveLength(1);
  });

  it("counts the toll of an attack already told once", () => {
    const text = "Shelling hit a market in the town of Kupiansk, leaving three people dead. A teenager died in the shelling, police said.";
    expect(run(text).filter((e) => e.eventType === "casualties")).toHaveLength(1);
  });

  it("does not let the day of another verb split a back-reference from its talks", () => {
    const text = "Talks between the two sides opened in Doha on Monday. The delegation flew to Doha on Sunday for the talks.";
    expect(run(text).filter((e) => e.eventType === "meeting_talks")).toHaveLength(1);
  });

  it("makes one event per place of a 'count over place' list", () => {
    const text = "Air defences shot down 14 drones over the Kursk region, nine over the Oryol region and five over the Tula region, the ministry said.";
    const events = run(text);
    expect(events.map((e) => [e.eventType, text.slice(e.evidence.start, e.evidence.end), e.counts.destroyed])).toEqual([
      ["interception", "Air defences shot down 14 drones over the Kursk region", 14],
      ["interception", "nine over the Oryol region", 9],
      ["interception", "and five over the Tula region", 5],
    ]);
  });
});

describe("listItems", () => {
  it("needs at least two items", () => {
    const text = "Troops shot down 12 drones over the Kherson region, officials said.";
    expect(listItems(text, { start: 0, end: text.length })).toEqual([]);
  });
});
