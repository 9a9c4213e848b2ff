// The statements stage's annotation: who said what, as offsets. Read by the agreements and events stages
// (to add ABOUT edges) and emitted as Statement nodes.
import type { StatementKind } from "@newsgraph/graph-model";
import type { Span } from "../../document/types";

export interface ArticleStatement extends Span {
  /** statementId(article, text) */
  id: string;
  /** Exactly text.slice(start, end). */
  text: string;
  kind: StatementKind;
  /** The first speaker's ArticleActor.key. */
  speaker?: string;
  /** Every speaker ("Finland and Sweden said"). */
  speakers: string[];
  /** The reporting words: "said", "told", "according to", "– official". */
  cue: string;
  /** Where it was stated: "Telegram", "an interview with Interfax". */
  channel?: string;
  /** The words that attribute it (speaker and cue), or the sentence; SAID edges point here. */
  attribution: Span;
  /** Other places the same statement is repeated (a caption, a headline), nearly word for word. */
  repeats: Span[];
}

export interface StatementsAnnotation {
  statements: ArticleStatement[];
}

declare module "../../document/types" {
  interface Annotations {
    statements: StatementsAnnotation;
  }
}
