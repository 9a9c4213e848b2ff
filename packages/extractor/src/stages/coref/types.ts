// The coref stage's annotation: pronouns and descriptions ("he", "the mayor", "the ministry") linked to an
// actor of the article. Speakers are chosen by the statements stage, which may prefer its speaker history.
import type { Span } from "../../document/types";

export interface CorefLink extends Span {
  /** ArticleActor.key */
  actor: string;
  via: "pronoun" | "description";
  /** The head word that was matched: "mayor", "ministry", "he". */
  head: string;
}

export interface CorefAnnotation {
  links: CorefLink[];
}

declare module "../../document/types" {
  interface Annotations {
    coref: CorefAnnotation;
  }
}
