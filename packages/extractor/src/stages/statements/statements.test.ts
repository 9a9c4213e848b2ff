import { describe, expect, it } from "vitest";
import { annotate, saidBy } from "../../testing/annotate";

describe("statements: direct quotes", () => {
  it("attributes a quote to the speaker named after it, with curly quotes", () => {
    const doc = annotate("“We will not retreat,” Defence Minister Rustam Aliyev said on Tuesday.");
    expect(saidBy(doc)).toEqual([["Rustam Aliyev", "We will not retreat"]]);
  });

  it("keeps a quote interrupted by its attribution as one statement, from its first to its last part", () => {
    const doc = annotate("Prime Minister Anna Berg spoke to reporters. “The talks have failed,” she said. “We expect more strikes.”");
    expect(saidBy(doc)).toEqual([["Anna Berg", "The talks have failed,” she said. “We expect more strikes."]]);
    const mid = annotate("“Acts of dissent,” Judge Ruth Park said, “are acts of loyalty to the law.”");
    expect(saidBy(mid)).toEqual([["Ruth Park", "Acts of dissent,” Judge Ruth Park said, “are acts of loyalty to the law."]]);
  });

  it("reads straight and British single quotes, and an attribution before a colon", () => {
    const doc = annotate(`Governor Mark Ellis said: "The bridge is closed until further notice." Later, ‘Repairs will take weeks,’ the governor added.`);
    expect(saidBy(doc)).toEqual([
      ["Mark Ellis", "The bridge is closed until further notice."],
      ["Mark Ellis", "Repairs will take weeks"],
    ]);
  });

  it("keeps a multi-sentence quote whole and records the channel", () => {
    const doc = annotate("“Air defences destroyed six drones. There were no casualties,” Mayor Pavel Orlov said on Telegram.");
    const [s] = doc.get("statements").statements;
    expect(s?.text).toBe("Air defences destroyed six drones. There were no casualties");
    expect(s?.channel).toBe("Telegram");
    expect(s?.kind).toBe("direct");
  });

  it("gives a pronoun speaker to the previous speaker who is not named inside the quote", () => {
    const text = "Senator Lisa Grant told CNN the plan was dead. “If Governor Tom Hale signs it, he loses,” she said.";
    expect(saidBy(annotate(text)).at(-1)).toEqual(["Lisa Grant", "If Governor Tom Hale signs it, he loses"]);
  });

  it("ignores short scare quotes and quotes nobody is said to have spoken", () => {
    const doc = annotate("The so-called “peace plan” was published on Monday.\n“We must stop this.”");
    expect(saidBy(doc)).toEqual([]);
  });
});

describe("statements: reported speech", () => {
  it("reads 'X said (that) …' with the clause as the statement", () => {
    const doc = annotate("Finnish President Sauli Niinisto said that Helsinki would apply to join the alliance.");
    expect(saidBy(doc)).toEqual([["Sauli Niinisto", "Helsinki would apply to join the alliance"]]);
  });

  it("reads a clause before the attribution and a participle after it", () => {
    const doc = annotate("Two drones were shot down over the city, Mayor Pavel Orlov said, adding that nobody was hurt.");
    expect(saidBy(doc)).toEqual([
      ["Pavel Orlov", "Two drones were shot down over the city"],
      ["Pavel Orlov", "nobody was hurt"],
    ]);
  });

  it("reads 'according to X' and 'X told the BBC'", () => {
    const doc = annotate("The convoy reached the border on Friday, according to Reuters. Aid worker Maria Lopez told the BBC that the road was unsafe.");
    expect(saidBy(doc)).toEqual([
      ["Reuters", "The convoy reached the border on Friday"],
      ["Maria Lopez", "the road was unsafe"],
    ]);
  });

  it("does not report what someone did not say", () => {
    const doc = annotate("The ministry did not say how many troops were involved. He is reported to have left the country.");
    expect(saidBy(doc)).toEqual([]);
  });

  it("treats a country or its capital as the speaker, and 'it' as the sentence's subject", () => {
    const doc = annotate("Kyiv said Russian troops had withdrawn. Poland has not commented, though it did say its border was calm.");
    expect(saidBy(doc)).toEqual([
      ["Ukraine", "Russian troops had withdrawn"],
      ["Poland", "its border was calm"],
    ]);
  });

  it("makes a speaking group an actor, qualified by the country named beside it", () => {
    const doc = annotate("Three villages were evacuated in Georgia’s north, officials said.");
    expect(saidBy(doc)).toEqual([["Georgian officials", "Three villages were evacuated in Georgia’s north"]]);
  });

  it("resolves a description to the person whose role it names", () => {
    const doc = annotate("Mayor Pavel Orlov visited the site. The mayor said the school would reopen next week.");
    expect(saidBy(doc)).toEqual([["Pavel Orlov", "the school would reopen next week"]]);
  });

  it("reads headline attributions by comma and by dash", () => {
    const doc = annotate("Ceasefire talks to resume next week, says minister\nForeign Minister Ana Costa said the talks would resume.\n\nTroops to leave the city by Friday – official\nThe withdrawal was agreed, an official in Lisbon said.");
    const pairs = saidBy(doc);
    expect(pairs[0]).toEqual(["Ana Costa", "Ceasefire talks to resume next week"]);
    expect(pairs[2]).toEqual(["Official in Lisbon", "Troops to leave the city by Friday"]);
  });
});

describe("statements: more cues", () => {
  it("reads a question with 'asked' and leaves a dateline out of the statement", () => {
    const doc = annotate("KYIV (AP) - Three drones were downed overnight, the air force said.\n“Who will pay for this?” Mayor Vitali Klitschko asked.");
    expect(saidBy(doc).map(([, t]) => t)).toEqual(["Three drones were downed overnight", "Who will pay for this?"]);
    expect(saidBy(doc)[1]![0]).toBe("Vitali Klitschko");
  });
});

describe("statements: reporting verbs and syntax beyond say/tell", () => {
  it("reads verbs of communication from Levin's classes and attribution corpora", () => {
    const doc = annotate("Senator Dana Holt conceded that the bill lacked support. Mayor Ivan Petrov insisted the bridge was safe. Governor Lena Marsh wrote that the budget was balanced.");
    expect(saidBy(doc)).toEqual([
      ["Dana Holt", "the bill lacked support"],
      ["Ivan Petrov", "the bridge was safe"],
      ["Lena Marsh", "the budget was balanced"],
    ]);
  });

  it("does not read a capitalized or infinitive cue word as a cue", () => {
    const doc = annotate("The United States announced new tariffs on steel imports. Officials were preparing to announce evacuations from three villages.");
    expect(saidBy(doc).map(([, t]) => t)).not.toContain("evacuations from three villages");
  });

  it("reads a clause interrupted by its attribution as one statement", () => {
    const doc = annotate("The bigger risk, Admiral Tom Reyes said, is a clash between fishing fleets.");
    expect(saidBy(doc)).toEqual([["Tom Reyes", "The bigger risk, Admiral Tom Reyes said, is a clash between fishing fleets"]]);
  });

  it("takes a post-posed speaker with an abbreviated title and a party tag", () => {
    const doc = annotate("“We will not vote for this budget,” said Rep. Carla Nunez (D-Ore.), head of the caucus.");
    expect(saidBy(doc)).toEqual([["Carla Nunez", "We will not vote for this budget"]]);
  });

  it("reads two apostrophes as a double quotation mark", () => {
    const doc = annotate("''The market will recover by spring,'' said Helen Crane, an economist at the bank.");
    expect(saidBy(doc)).toEqual([["Helen Crane", "The market will recover by spring"]]);
  });

  it("gives a speaker the actors stage did not list the fullest form of the name in the article", () => {
    const doc = annotate("Voters met Orrin Talbot, a farmer, at the fair.\n\n“Prices keep rising every single month,” Talbot said.");
    expect(saidBy(doc)).toEqual([["Orrin Talbot", "Prices keep rising every single month"]]);
  });
});

describe("statements: attribution across a paragraph and in a headline", () => {
  it("reads 'X said:' closing a paragraph with the quote in the next one", () => {
    const doc = annotate("Mayor Ivan Petrov said:\n\n“The water is safe to drink again in every district.”");
    expect(saidBy(doc)).toEqual([["Ivan Petrov", "The water is safe to drink again in every district."]]);
  });

  it("reads a headline 'Name: what was said' when the name is an actor of the article", () => {
    const doc = annotate("Ivan Petrov: ‘The Water Is Safe Again’\n\nMayor Ivan Petrov spoke on Monday at the plant.");
    expect(saidBy(doc)).toEqual([["Ivan Petrov", "The Water Is Safe Again"]]);
    expect(saidBy(annotate("Analysis: Water Prices Are Rising Fast\n\nPrices rose again in May."))).toEqual([]);
  });
});

describe("statements: pronoun speakers", () => {
  it("gives 'she' to a woman named before, not to the nearer or earlier man", () => {
    const doc = annotate("Senator Paul Drake spoke first and said the deal was fair.\n\nTo economist Maria Lopez, the deal looked weak. “It will not last a year,” she said.");
    expect(saidBy(doc).at(-1)).toEqual(["Maria Lopez", "It will not last a year"]);
  });
});

describe("statements: a wire story", () => {
  const story = [
    "JERUSALEM (Reuters) - Israeli aircraft struck targets in southern Gaza overnight, Palestinian health officials said on Wednesday.",
    "Egypt's foreign ministry said the talks would continue next week. \"We are not giving up,\" Egyptian Foreign Minister Sameh Shoukry told reporters in Cairo. \"Both sides must show flexibility.\"",
    "Hamas accused Israel of deliberately targeting civilians.",
    "\"The situation is catastrophic,\" said Martin Griffiths, the UN's aid chief.",
    "Griffiths did not say when aid would resume. White House spokesman John Kirby said the claims were being examined. He added that the U.S. would keep pushing for a pause.",
  ].join("\n");

  it("finds every statement with its speaker, and no statement in a dateline, a denial or a noun", () => {
    expect(saidBy(annotate(story))).toEqual([
      ["Palestinian health officials", "Israeli aircraft struck targets in southern Gaza overnight"],
      ["Egyptian Foreign Ministry", "the talks would continue next week"],
      ["Sameh Shoukry", "We are not giving up,\" Egyptian Foreign Minister Sameh Shoukry told reporters in Cairo. \"Both sides must show flexibility."],
      ["Hamas", "Israel of deliberately targeting civilians"],
      ["Martin Griffiths", "The situation is catastrophic"],
      ["John Kirby", "the claims were being examined"],
      ["John Kirby", "the U.S. would keep pushing for a pause"],
    ]);
  });
});

describe("statements: provenance", () => {
  it("each statement's span is exactly its text, and a repeated caption is one statement id", () => {
    const text = "“The city is safe,” Mayor Pavel Orlov said.\nMayor Pavel Orlov said: “The city is safe.”";
    const doc = annotate(text);
    const statements = doc.get("statements").statements;
    for (const s of statements) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(new Set(statements.map((s) => s.id)).size).toBe(1);
  });
});
