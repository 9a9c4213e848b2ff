import { describe, expect, it } from "vitest";
import { segment } from "../../document/segment";
import type { ActorMention, ArticleActor } from "../actors/types";
import { extractAgreements } from "./extract-agreements";

const actor = (key: string, name: string, actorType: ArticleActor["actorType"]): ArticleActor => ({ key, name, actorType, aliases: [], roles: [] });

describe("extractAgreements", () => {
  it("makes one agreement of every mention of one treaty, with its status history", () => {
    const text = [
      "Iran and Russia signed a strategic partnership treaty in January.",
      "The accord was ratified by the Russian parliament on Wednesday.",
      "Analysts say the treaty stops short of a defence pact.",
    ].join(" ");
    const [treaty, ...rest] = extractAgreements({ text, sentences: segment(text).sentences });
    expect(rest.map((a) => a.name)).toEqual(["defence pact"]);
    expect(treaty).toMatchObject({ name: "Iran–Russia treaty", agreementType: "treaty", status: "ratified", statusHistory: ["signed", "ratified"] });
    expect(treaty!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["treaty", "accord", "treaty"]);
  });

  it("keeps two deals on different subjects apart and names them by parties and subject", () => {
    const text = "Officials said the grain deal between Moscow and Ukraine will not be restored. Separately, arms negotiations between Russia and Iran are advancing.";
    const names = extractAgreements({ text, sentences: segment(text).sentences }).map((a) => [a.name, a.status]);
    expect(names).toEqual([
      ["Russia–Ukraine grain deal", "not_restored"],
      ["Iran–Russia arms deal", "under_negotiation"],
    ]);
  });

  it("qualifies the name of an agreement without parties by its article", () => {
    const text = "Mediators pushed for a quick peace deal.";
    const [deal] = extractAgreements({ text, sentences: segment(text).sentences, article: "wire-1.txt" });
    expect(deal!.name).toBe("peace deal (wire-1.txt)");
  });

  it("names an agreement by its own name where it has one", () => {
    const text = "Russia suspended its participation in the New START treaty in 2023. Officials said the treaty would expire in 2026.";
    const [treaty, ...rest] = extractAgreements({ text, sentences: segment(text).sentences });
    expect(rest).toEqual([]);
    expect(treaty).toMatchObject({ name: "New START treaty", status: "suspended" });
  });

  it("links parties, signatories and mediators from actor mentions", () => {
    const text = "Qatar brokered a ceasefire between Israel and Hamas, signed by negotiators in Doha.";
    const at = (words: string, key: string): ActorMention => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, actor: key, via: "name" });
    const [ceasefire] = extractAgreements({
      text,
      sentences: segment(text).sentences,
      actors: [actor("qa", "Qatar", "country"), actor("il", "Israel", "country"), actor("hamas", "Hamas", "group")],
      actorMentions: [at("Qatar", "qa"), at("Israel", "il"), at("Hamas", "hamas")],
    });
    expect(ceasefire!.parties.map((p) => [p.actor, p.role])).toEqual([
      ["qa", "mediator"],
      ["il", "party"],
      ["hamas", "signatory"],
    ]);
    expect(ceasefire!.name).toBe("Israel ceasefire");
  });
});
