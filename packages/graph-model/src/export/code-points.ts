// Provenance offsets are JavaScript string indexes: UTF-16 code units. Python, and most readers of GEXF,
// GraphML and CSV outside JavaScript, index strings by Unicode code point, so every span after an emoji or
// another character outside the Basic Multilingual Plane would be off by one per such character for them.
// Exports for those readers give both: start/end (UTF-16) and startCp/endCp (code points).
import type { NodeAttributes, Provenance } from "../schema/generated";

export const OFFSET_UNITS =
  "provenance spans: start/end are UTF-16 code unit offsets (JavaScript string indexes); startCp/endCp are Unicode code point offsets (Python str indexes) into the same article text";

/** UTF-16 offsets of one text to code point offsets, by binary search over its surrogate pairs. */
export class CodePointIndex {
  /** The index of the low surrogate of each pair, ascending. */
  private readonly lows: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.lows.push(++i);
      }
    }
  }

  /** The code point offset of a UTF-16 offset: one less for each pair that ends before it. */
  toCodePoint(offset: number): number {
    let lo = 0, hi = this.lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lows[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  }
}

export type ArticleTexts = (article: string) => string | undefined;

/** Article texts from the Article nodes of a list of records. */
export function articleTextsOf(nodes: Iterable<{ attributes: NodeAttributes }>): ArticleTexts {
  const texts = new Map<string, string>();
  for (const { attributes } of nodes) if (attributes.type === "Article") texts.set(attributes.name, attributes.text);
  return (article) => texts.get(article);
}

export interface SpanWithCodePoints extends Provenance {
  startCp?: number;
  endCp?: number;
}

/**
 * Adds startCp/endCp to spans, from each article's text. An index is built once per article that has a
 * character outside the BMP; every other article's offsets are the same in both units. A span whose
 * article text is not known keeps only start/end.
 */
export function codePointSpans(texts: ArticleTexts): (spans: readonly Provenance[]) => SpanWithCodePoints[] {
  const indexes = new Map<string, CodePointIndex | null>();
  const indexOf = (article: string) => {
    let index = indexes.get(article);
    if (index === undefined) {
      const text = texts(article);
      index = text === undefined ? null : new CodePointIndex(text);
      indexes.set(article, index);
    }
    return index;
  };
  return (spans) =>
    spans.map((p) => {
      const index = indexOf(p.article);
      return index ? { article: p.article, end: p.end, endCp: index.toCodePoint(p.end), start: p.start, startCp: index.toCodePoint(p.start) } : p;
    });
}
