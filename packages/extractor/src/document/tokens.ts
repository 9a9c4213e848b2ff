// Word tokens with offsets into the article text. Possessive "’s" is its own token so that names never
// carry it ("Russia’s" → "Russia" + "’s").
import { firstStartingAt } from "./spans";
import type { Span } from "./types";
import { countWork } from "./work";

export interface Token extends Span {
  text: string;
  lower: string;
  /** Starts with an upper-case letter (or is an acronym like "U.S."). */
  cap: boolean;
  /** A word (letters/digits) rather than punctuation or "’s". */
  word: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-‑'’.][\p{L}\p{N}]+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;

// Stages tokenize the same article many times, a sentence or a paragraph at a time: the whole text is
// tokenized once and each call takes its range by binary search, so the cost stays linear in the article.
let cachedText: string | undefined;
let cachedTokens: Token[] = [];

/** The tokens lying wholly inside [start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  if (text !== cachedText) {
    cachedTokens = tokenizeAll(text);
    cachedText = text;
  }
  const from = firstStartingAt(cachedTokens, start);
  const out: Token[] = [];
  for (let i = from; i < cachedTokens.length && cachedTokens[i]!.end <= end; i++) out.push(cachedTokens[i]!);
  countWork(1 + out.length);
  return out;
}

function tokenizeAll(text: string): Token[] {
  const out: Token[] = [];
  countWork(text.length);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const s = m.index;
    const word = m[0];
    const possessive = word.length > 2 && (word.endsWith("’s") || word.endsWith("'s")) ? POSSESSIVE.exec(word) : null;
    if (possessive && /\p{L}/u.test(possessive[1]!)) {
      out.push(makeToken(possessive[1]!, s));
      out.push(makeToken(possessive[2]!, s + possessive[1]!.length));
    } else out.push(makeToken(word, s));
  }
  return out;
}

function makeToken(text: string, start: number): Token {
  const first = text[0]!;
  const code = first.charCodeAt(0);
  const ascii = code < 128;
  const word = ascii ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : /^[\p{L}\p{N}]/u.test(first);
  const cap = ascii ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(first);
  return { text, start, end: start + text.length, lower: text.toLowerCase(), cap, word };
}

export const isPossessive = (t: Token | undefined): boolean => !!t && /^['’]s$/.test(t.text);
