import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../article";
import { extractArticle } from "../extract";
import { extractArticles } from "./extract-articles";

const articles: ArticleInput[] = [
  { id: "a.txt", text: "Russia's defence ministry said its air defences destroyed 12 drones over the Moscow region.\n", origin: "a.txt" },
  { id: "b.txt", text: "Qatar said talks between Israel and Hamas would resume in Doha on Monday.\n", origin: "b.txt" },
  { id: "c.txt", text: "The mayor, Sergei Sobyanin, said there was no major damage.\n", origin: "c.txt" },
];

// Starting worker threads loads the extractor once per thread: slow on a busy machine.
describe("extractArticles", { timeout: 180_000 }, () => {
  it("gives the same outcomes, in input order, in worker threads as in this thread", async () => {
    const seen: number[] = [];
    const inWorkers = await extractArticles(articles, { workers: 2, onProgress: (done) => seen.push(done) });
    const here = await extractArticles(articles);
    expect(inWorkers).toEqual(here);
    expect(here.map((o) => o.ok && o.delta)).toEqual(articles.map((a) => extractArticle(a)));
    expect(seen).toEqual([1, 2, 3]);
  });

  it("reports an article whose extraction throws and still extracts the others", async () => {
    const broken = { id: "broken.txt", text: undefined, origin: "broken.txt" } as unknown as ArticleInput;
    for (const workers of [0, 2]) {
      const outcomes = await extractArticles([articles[0]!, broken, articles[1]!], { workers });
      expect(outcomes.map((o) => [o.article, o.ok])).toEqual([["a.txt", true], ["broken.txt", false], ["b.txt", true]]);
      expect(outcomes[1]).toMatchObject({ ok: false, error: expect.any(String) });
    }
  });
});
