import { describe, expect, it } from "vitest";
import { detailsOf, isWebUrl, quoteInContext } from "./details";
import { FIXTURE_ARTICLES, FIXTURE_IDS } from "./fixture";
import { fixtureGraph } from "./test-graph";

const graph = fixtureGraph();

describe("detailsOf", () => {
  it("an actor: roles, aliases, statements made and about them, agreements, events", () => {
    const d = detailsOf(graph, FIXTURE_IDS.putin);
    if (d.type !== "Actor") throw new Error("expected an actor");
    expect(d.aliases).toEqual(["Putin"]);
    expect(d.said.map((s) => s.text)).toEqual(["<img src=x onerror=alert(1)> and <script>window.__pwned=1</script> were nothing"]);
    expect(d.spokenAbout.map((s) => [s.text, s.speakers.map((x) => x.label)])).toEqual([["praised Putin", ["Kim Jong Un"]]]);
    expect(d.agreements).toEqual([{ id: FIXTURE_IDS.treaty, label: "Russia North Korea treaty", type: "Agreement", role: "signatory" }]);
    expect(d.events.map((e) => e.role).sort()).toEqual(["agent", "participant"]);
    const sob = detailsOf(graph, FIXTURE_IDS.sobyanin);
    if (sob.type !== "Actor") throw new Error("expected an actor");
    expect(sob.roles).toEqual(["mayor of Moscow"]);
    expect(sob.said.map((s) => [s.cue, s.date, s.article])).toEqual([["said", "2024-11-10", "a1.txt"], ["wrote", "2024-11-10", "a1.txt"]]);
  });

  it("an agreement: parties with roles and status", () => {
    const d = detailsOf(graph, FIXTURE_IDS.treaty);
    if (d.type !== "Agreement") throw new Error("expected an agreement");
    expect(d.status).toBe("signed");
    expect(d.parties.map((p) => [p.label, p.role])).toEqual([["North Korea", "party"], ["Vladimir Putin", "signatory"]]);
  });

  it("an event: type, category, counts, participants and place", () => {
    const ev = graph.inNeighbors(FIXTURE_IDS.moscow)[0]!;
    const d = detailsOf(graph, ev);
    if (d.type !== "Event") throw new Error("expected an event");
    expect([d.eventType, d.category]).toEqual(["interception", "ASSAULT"]);
    expect(d.counts).toEqual([["destroyed", 3]]);
    expect(d.places.map((p) => p.label)).toEqual(["Moscow"]);
    expect(d.statements).toHaveLength(1);
  });
});

describe("quoteInContext", () => {
  it("splits the sentence around the quoted span", () => {
    const text = FIXTURE_ARTICLES.moscow.text;
    const start = text.indexOf("There is no serious damage,");
    const q = quoteInContext(text, { start, end: start + "There is no serious damage,".length })!;
    expect(q.quote).toBe("There is no serious damage,");
    expect(q.before.endsWith("“")).toBe(true);
    expect(q.after.startsWith("” Sobyanin wrote on Telegram.")).toBe(true);
    expect(q.before + q.quote + q.after).toBe(text.slice(text.indexOf("“"), text.indexOf("Telegram.") + 9));
  });
  it("refuses spans outside the text", () => {
    expect(quoteInContext("short", { start: 2, end: 50 })).toBeNull();
  });
});

describe("isWebUrl", () => {
  it("lets http(s) addresses become links and nothing else", () => {
    expect(["https://example.org/a", "HTTP://example.org"].map(isWebUrl)).toEqual([true, true]);
    expect(["javascript:alert(1)", " javascript:alert(1)", "data:text/html,<script>", "//evil.example", "https://", "example.org"].map(isWebUrl)).toEqual([false, false, false, false, false, false]);
  });
});

describe("quoteInContext on long sentences", () => {
  it("cuts at word boundaries, never mid-word, and marks the cut", () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    const text = `${words.join(" ")}.`;
    const start = text.indexOf("word100"), end = start + "word100 word101".length;
    const q = quoteInContext(text, { start, end }, 120)!;
    expect(q.quote).toBe("word100 word101");
    expect(q.before.startsWith("…word")).toBe(true);
    expect(q.after.endsWith("…")).toBe(true);
    const first = q.before.slice(1).split(" ")[0]!, last = q.after.slice(0, -1).trim().split(" ").at(-1)!;
    expect(words).toContain(first);
    expect(words).toContain(last);
  });
});
