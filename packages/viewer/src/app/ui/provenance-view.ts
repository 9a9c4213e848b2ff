// The words behind a node: the sentence from the article with the span marked, all as text nodes.
import type { Provenance } from "@newsgraph/graph-model";
import { quoteInContext } from "../../state/details";
import { fetchArticle } from "../api";
import { el } from "../dom";

export function excerptView(provenance: Provenance | undefined): HTMLElement {
  const box = el("blockquote", { class: "excerpt loading", text: provenance ? "Loading the article…" : "No source position recorded." });
  if (!provenance) return box;
  fetchArticle(provenance.article)
    .then((article) => {
      const parts = quoteInContext(article.text, provenance);
      box.classList.remove("loading");
      if (!parts) {
        box.textContent = "The recorded position is outside the article text.";
        return;
      }
      box.replaceChildren(parts.before, el("mark", { text: parts.quote }), parts.after);
    })
    .catch((error: Error) => {
      box.classList.remove("loading");
      box.textContent = `Could not load the article: ${error.message}`;
    });
  return box;
}

/** The whole article, with one span marked: for the Article panel and "read in context". */
export function articleView(articleId: string, mark?: Provenance): HTMLElement {
  const box = el("div", { class: "article-text", text: "Loading the article…" });
  fetchArticle(articleId)
    .then((article) => {
      const paragraphs = (text: string) => text.split(/\n+/).filter(Boolean).map((p) => el("p", { text: p }));
      if (mark && mark.end <= article.text.length) {
        const before = article.text.slice(0, mark.start), words = article.text.slice(mark.start, mark.end), after = article.text.slice(mark.end);
        box.replaceChildren(el("p", {}, [before, el("mark", { text: words }), after]));
      } else {
        box.replaceChildren(...paragraphs(article.text));
      }
    })
    .catch((error: Error) => (box.textContent = `Could not load the article: ${error.message}`));
  return box;
}
