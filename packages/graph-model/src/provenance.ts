import type { Provenance } from "./schema/generated";

export function compareProvenance(a: Provenance, b: Provenance): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

const copySpan = (p: Provenance): Provenance => ({ article: p.article, start: p.start, end: p.end });

/** True when a list is strictly increasing: sorted, with no span twice (the form every merge returns). */
export function isSortedUnique(list: readonly Provenance[]): boolean {
  for (let i = 1; i < list.length; i++) if (compareProvenance(list[i - 1]!, list[i]!) >= 0) return false;
  return true;
}

function sortedUnique(list: readonly Provenance[]): Provenance[] {
  const sorted = [...list].sort(compareProvenance);
  return sorted.filter((p, i) => i === 0 || compareProvenance(sorted[i - 1]!, p) !== 0);
}

/** Merges two sorted, unique lists into one (linear: a popular actor's long list is walked once). */
function mergeSorted(a: readonly Provenance[], b: readonly Provenance[]): Provenance[] {
  const out: Provenance[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    const order = compareProvenance(a[i]!, b[j]!);
    if (order <= 0) out.push(a[i++]!);
    else out.push(b[j++]!);
    if (order === 0) j++;
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Union of provenance lists: every mention kept once, sorted by article then offset. Spans of the first
 * list are reused when it is already sorted (a store's own list: no copy of a popular node's thousands of
 * spans on every merge); all other spans are copied.
 */
export function mergeProvenance(...lists: readonly (readonly Provenance[] | undefined)[]): Provenance[] {
  let out: Provenance[] = [];
  lists.forEach((list, i) => {
    if (!list?.length) return;
    const reusable = i === 0 && isSortedUnique(list);
    out = mergeSorted(out, reusable ? list : sortedUnique(list).map(copySpan));
  });
  return out;
}

/** Where a span is, or would go, in a sorted, unique list: the first index whose span is not before it. */
function spanPosition(list: readonly Provenance[], span: Provenance): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareProvenance(list[mid]!, span) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds spans to a sorted, unique list in place, keeping it so; returns how many were new. A span that
 * sorts after the last one (an article applied after those before it, as a build applies them) is
 * appended; any other is found by binary search. Cost: the spans added, times log of the list, never a
 * copy of a popular node's long list.
 */
export function insertSpans(list: Provenance[], spans: readonly Provenance[]): number {
  let added = 0;
  for (const span of spans) {
    const last = list[list.length - 1];
    const at = last === undefined || compareProvenance(last, span) < 0 ? list.length : spanPosition(list, span);
    if (at < list.length && compareProvenance(list[at]!, span) === 0) continue;
    if (at === list.length) list.push(copySpan(span));
    else list.splice(at, 0, copySpan(span));
    added++;
  }
  return added;
}

/** Whether a sorted, unique list holds a span (binary search). */
export function containsSpan(list: readonly Provenance[], span: Provenance): boolean {
  let lo = 0, hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = compareProvenance(list[mid]!, span);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
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
