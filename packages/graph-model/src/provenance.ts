import type { Provenance } from "./schema/generated";

export function compareProvenance(a: Provenance, b: Provenance): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

/** Union of provenance lists: every mention kept once, sorted by article then offset. */
export function mergeProvenance(...lists: readonly (readonly Provenance[] | undefined)[]): Provenance[] {
  const seen = new Map<string, Provenance>();
  for (const list of lists) {
    for (const p of list ?? []) seen.set(`${p.article}\u0000${p.start}\u0000${p.end}`, { article: p.article, start: p.start, end: p.end });
  }
  return [...seen.values()].sort(compareProvenance);
}

/** The sentence around a span, trimmed to `max` characters, for showing a mention in context. */
export function excerpt(text: string, start: number, end: number, max = 320): { text: string; start: number; end: number } {
  const boundary = /[.!?\n]/;
  let lo = start;
  while (lo > 0 && !(boundary.test(text[lo - 1]!) && /\s/.test(text[lo] ?? " "))) lo--;
  let hi = end;
  while (hi < text.length && !boundary.test(text[hi]!)) hi++;
  if (hi < text.length && text[hi] !== "\n") hi++;
  while (lo < start && /\s/.test(text[lo]!)) lo++;
  if (hi - lo > max) {
    const room = Math.max(0, max - (end - start));
    lo = Math.max(lo, start - Math.floor(room / 2));
    hi = Math.min(hi, Math.max(end, lo + max));
  }
  return { text: text.slice(lo, hi), start: lo, end: hi };
}
