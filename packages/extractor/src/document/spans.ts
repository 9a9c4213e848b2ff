// Range look-ups over spans sorted by start, by binary search: stages ask "which mentions lie in this
// clause?" once per statement, and a linear scan each time would make long articles quadratic.
import type { Span } from "./types";
import { countWork } from "./work";

/** Index of the first span whose start is >= offset. */
export function firstStartingAt<T extends Span>(spans: readonly T[], offset: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans lying wholly inside [start, end). `spans` must be sorted by start. */
export function spansWithin<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  const from = firstStartingAt(spans, start);
  let i = from;
  for (; i < spans.length && spans[i]!.start < end; i++) if (spans[i]!.end <= end) out.push(spans[i]!);
  countWork(1 + i - from);
  return out;
}

/** The last span ending at or before `offset` that passes `test`, looking back at most `limit` spans. */
export function lastBefore<T extends Span>(spans: readonly T[], offset: number, test: (s: T) => boolean, limit = 5000): T | undefined {
  for (let i = firstStartingAt(spans, offset) - 1, n = 0; i >= 0 && n < limit; i--, n++) {
    const s = spans[i]!;
    countWork(1);
    if (s.end <= offset && test(s)) return s;
  }
  return undefined;
}

/** The first span starting at or after `offset` that passes `test`, looking ahead at most `limit` spans. */
export function firstAfter<T extends Span>(spans: readonly T[], offset: number, test: (s: T) => boolean, limit = 5000): T | undefined {
  for (let i = firstStartingAt(spans, offset), n = 0; i < spans.length && n < limit; i++, n++) {
    countWork(1);
    if (test(spans[i]!)) return spans[i];
  }
  return undefined;
}

/** Inserts a span keeping the array sorted by start. */
export function insertSorted<T extends Span>(spans: T[], span: T): void {
  spans.splice(firstStartingAt(spans, span.start + 1), 0, span);
}
