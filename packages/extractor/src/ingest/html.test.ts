import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blockText, looksLikeHtml, readHtmlPage } from "./html";
import { ingest } from "./ingest";
import { parseHTML } from "linkedom";

// A page as a browser saves it: navigation, a script, metadata in meta tags and JSON-LD, the article in <article>.
const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Port workers strike over pay | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times">
<meta property="og:title" content="Port workers strike over pay">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<script>window.tracking = "never in the text";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Port workers strike over pay</h1>
<p class="byline">By Jane Doe</p>
<p>Dock workers at the northern port walked out on Tuesday, the union said, after talks with the operator
   broke down over a pay offer that it called &ldquo;an insult&rdquo;.</p>
<p>&ldquo;We will stay out until the offer is improved,&rdquo; said Maria Lopez, the union's regional secretary.<br>
The operator said it regretted the action.</p>
<p>The port handles a third of the country's grain exports, and shipping agents said vessels were already
   waiting offshore while the strike continued into a second day.</p>
</article>
<footer>© The Harbour Times. All rights reserved.</footer>
</body></html>`;

describe("saved web pages", () => {
  it("tells an HTML page from text that merely mentions a tag", () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml("\uFEFF  <html><body><p>x</p></body></html>")).toBe(true);
    expect(looksLikeHtml("<!-- saved --><head><title>x</title></head>")).toBe(true);
    expect(looksLikeHtml("The minister said <b> tags were not the issue.")).toBe(false);
    expect(looksLikeHtml("Kyiv said the talks would resume.")).toBe(false);
  });

  it("reads the article: title first, one paragraph per block, line breaks for <br>, entities decoded, no navigation or script", () => {
    const page = readHtmlPage(PAGE);
    expect(page.title).toBe("Port workers strike over pay");
    expect(page.siteName).toBe("The Harbour Times");
    expect(page.byline).toBe("Jane Doe");
    expect(page.published).toBe("2024-03-05T08:30:00Z");
    const paragraphs = page.text.trimEnd().split("\n\n");
    expect(paragraphs[0]).toBe("Port workers strike over pay");
    expect(page.text).toContain("broke down over a pay offer that it called “an insult”.");
    expect(page.text).toContain("“We will stay out until the offer is improved,” said Maria Lopez, the union's regional secretary.\nThe operator said it regretted the action.");
    for (const absent of ["Home", "Sport", "tracking", "All rights reserved"]) expect(page.text).not.toContain(absent);
    expect(page.text.endsWith("\n")).toBe(true);
  });

  it("takes the publication date from JSON-LD when the meta tags have none", () => {
    const jsonLd = PAGE.replace(/<meta property="article:published_time"[^>]*>/, "").replace(
      "</head>",
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port workers strike over pay","datePublished":"2024-03-06T10:00:00+01:00"}</script></head>`,
    );
    expect(readHtmlPage(jsonLd).published).toBe("2024-03-06T10:00:00+01:00");
  });

  it("falls back to the page's body when it is too short to be recognized as an article", () => {
    const page = readHtmlPage("<html><head><title>Short</title></head><body><p>Kyiv said the talks would resume.</p></body></html>");
    expect(page.text).toBe("Short\n\nKyiv said the talks would resume.\n");
  });

  it("collapses HTML whitespace but keeps preformatted text and no-break spaces", () => {
    const { document } = parseHTML("<div><p>a \n  b</p><pre>  x\n  y</pre><p>c\u00a0d</p></div>");
    expect(blockText(document.querySelector("div") as unknown as Node)).toEqual(["a b", "  x\n  y", "c\u00a0d"]);
  });

  it("ingests .html and .htm with their metadata, and an HTML page saved as .txt with a warning", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ng-html-"));
    writeFileSync(join(dir, "strike.html"), PAGE);
    writeFileSync(join(dir, "saved.txt"), PAGE);
    const { articles, warnings, skipped } = await ingest([dir]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(["saved.txt", "strike.html"]);
    const [asTxt, asHtml] = articles;
    expect(asHtml).toMatchObject({ title: "Port workers strike over pay", byline: "Jane Doe", source: "The Harbour Times", published: "2024-03-05" });
    expect(asTxt!.text).toBe(asHtml!.text);
    expect(warnings).toEqual([{ origin: join(dir, "saved.txt"), message: "is an HTML page, not plain text: read as a saved web page (name it .html to say so)" }]);
  });
});
