// The clean stage's annotation: spans nothing is extracted from (boilerplate) and captions that repeat the body.
import type { Span } from "../../document/types";

export type CleanKind = "boilerplate" | "teaser" | "caption";

export interface CleanSpan extends Span {
  kind: CleanKind;
  /** Why it was marked, for debugging and the docs. */
  reason: string;
}

export interface CleanAnnotation {
  /** Sorted by start; one per paragraph marked. */
  spans: CleanSpan[];
}

declare module "../../document/types" {
  interface Annotations {
    clean: CleanAnnotation;
  }
}

/** True when [start, end) lies in a span nothing may be extracted from (captions are still read). */
export function isExcluded(clean: CleanAnnotation, start: number, end: number): boolean {
  return clean.spans.some((s) => s.kind !== "caption" && s.start <= start && end <= s.end);
}
