// Saved web pages to article text. @mozilla/readability (Firefox's Reader View) finds the article in the page
// and reads its metadata (title, byline, site name, publication date from meta tags or JSON-LD); linkedom gives
// it a DOM without a browser. The article text is rebuilt here as plain text, one paragraph per block element,
// title first, laid out like the .txt articles (paragraphs separated by a blank line): so a saved page and its
// text build the same graph, and provenance offsets point into this text, which the Article node keeps.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface HtmlArticle {
  text: string;
  title?: string;
  byline?: string;
  siteName?: string;
  /** As found in the page, for the caller to normalize. */
  published?: string;
}

/** Whether text read from a .txt file is in fact an HTML page (a doctype or a document tag at the start). */
export function looksLikeHtml(text: string): boolean {
  const start = text.replace(/^\uFEFF/, "").trimStart().slice(0, 2048);
  if (!start.startsWith("<")) return false;
  return /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(start) || /<(?:head|body|title|meta)[\s>]/i.test(start);
}

const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL".split(" "),
);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT"]);
// HTML collapses these (not the no-break space, which a page uses on purpose).
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

/** The text of an element as paragraphs: one per block element, line breaks kept for <br>, whitespace collapsed. */
export function blockText(root: Node): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = "";
  const endLine = () => {
    const text = line.replace(COLLAPSIBLE, " ").trim();
    if (text) lines.push(text);
    line = "";
  };
  const endParagraph = () => {
    endLine();
    if (lines.length) paragraphs.push(lines.join("\n"));
    lines = [];
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === "BR") return endLine();
    if (name === "PRE") {
      endParagraph();
      const text = (node.textContent ?? "").replace(/^\n|\s+$/g, "");
      if (text.trim()) paragraphs.push(text);
      return;
    }
    const block = BLOCKS.has(name);
    if (block) endParagraph();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) endParagraph();
  };
  visit(root);
  endParagraph();
  return paragraphs;
}

const clean = (value: string | null | undefined): string | undefined => value?.replace(COLLAPSIBLE, " ").trim() || undefined;

/** The article in a saved page: its text (title, then paragraphs) and what the page says about it. */
export function readHtmlPage(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const pageTitle = clean(document.querySelector("title")?.textContent);
  // The serializer hands back the article's element itself, so its blocks are walked without parsing again.
  const parsed = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  // Readability finds no article in a page with hardly any text: then the page's body is the article.
  const content = parsed?.content ?? (parseHTML(html).document.body as unknown as Node | null);
  const title = clean(parsed?.title) ?? pageTitle;
  const paragraphs = content ? blockText(content) : [];
  if (title && paragraphs[0] !== title) paragraphs.unshift(title);
  const page: HtmlArticle = { text: paragraphs.length ? `${paragraphs.join("\n\n")}\n` : "" };
  if (title) page.title = title;
  const byline = clean(parsed?.byline), siteName = clean(parsed?.siteName), published = clean(parsed?.publishedTime);
  if (byline) page.byline = byline;
  if (siteName) page.siteName = siteName;
  if (published) page.published = published;
  return page;
}
