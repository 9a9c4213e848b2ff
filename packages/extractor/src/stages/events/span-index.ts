// Spans sorted once per article, so that "which mentions lie in this clause" and "which statements contain this
// mention" cost a binary search plus the answer, not a pass over the whole article for every clause.
import type { Span } from "../../document/types";

interface Entry<T> {
  item: T;
  /** Position in the array the index was made from. */
  order: number;
}

export class SpanIndex<T extends Span> {
  /** By start, then input order. */
  private readonly entries: Entry<T>[];
  private readonly starts: number[];
  /** The largest end among entries[0..i]: no entry before i can contain a span ending after it. */
  private readonly maxEnd: number[];

  constructor(items: readonly T[]) {
    this.entries = items.map((item, order) => ({ item, order })).sort((a, b) => a.item.start - b.item.start || a.order - b.order);
    this.starts = this.entries.map((e) => e.item.start);
    let max = -Infinity;
    this.maxEnd = this.entries.map((e) => (max = Math.max(max, e.item.end)));
  }

  get size(): number {
    return this.entries.length;
  }

  /** The first entry whose start is at least `position`. */
  private lowerBound(position: number): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private entriesWithin(span: Span): Entry<T>[] {
    const out: Entry<T>[] = [];
    for (let i = this.lowerBound(span.start); i < this.entries.length && this.starts[i]! <= span.end; i++) {
      if (this.entries[i]!.item.end <= span.end) out.push(this.entries[i]!);
    }
    return out;
  }

  /** The items that lie inside `span`, by start (items that start together in input order). */
  within(span: Span): T[] {
    return this.entriesWithin(span).map((e) => e.item);
  }

  /** The items that lie inside `span`, in input order. */
  withinInInputOrder(span: Span): T[] {
    return this.entriesWithin(span).sort((a, b) => a.order - b.order).map((e) => e.item);
  }

  /** Input positions of the items that contain `span`, ascending. */
  containingOrders(span: Span): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(span.start + 1) - 1; i >= 0 && this.maxEnd[i]! >= span.end; i--) {
      if (this.entries[i]!.item.end >= span.end) out.push(this.entries[i]!.order);
    }
    return out.sort((a, b) => a - b);
  }

  /** Whether some item contains `span`. */
  anyContaining(span: Span): boolean {
    for (let i = this.lowerBound(span.start + 1) - 1; i >= 0 && this.maxEnd[i]! >= span.end; i--) {
      if (this.entries[i]!.item.end >= span.end) return true;
    }
    return false;
  }
}
