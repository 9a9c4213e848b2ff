// The actors stage's annotation, read by coref, statements, agreements and events.
import type { ActorType } from "@newsgraph/graph-model";
import type { Span } from "../../document/types";

/** One actor of the article (people, organizations, countries, groups), with every mention of it. */
export interface ArticleActor {
  /** Key within the article; the node id is actorId(name). */
  key: string;
  /** Canonical name: "Sergei Sobyanin", "Russia", "Russian Defence Ministry". */
  name: string;
  actorType: ActorType;
  /** Every other surface form seen in the article. */
  aliases: string[];
  /** Titles and functions: "Mayor of Moscow". */
  roles: string[];
  /** Canonical name of the country or organization it belongs to. */
  affiliation?: string;
  /** ISO 3166-1 alpha-2 code for countries and their institutions. */
  country?: string;
  /** Where the actor's type and roles come from, for the docs and debugging. */
  evidence?: string;
}

/** One place in the text that names or refers to an actor. */
export interface ActorMention extends Span {
  /** ArticleActor.key */
  actor: string;
  /** How it refers: a name, a title or description ("the mayor"), a pronoun (filled by coref). */
  via: "name" | "description" | "pronoun";
}

export interface ActorsAnnotation {
  actors: ArticleActor[];
  /** Sorted by start. Mentions of an institution may contain a mention of its country ("Russia’s defence ministry"). */
  mentions: ActorMention[];
  /** The country most mentioned in the article's body (alpha-2), used to qualify bare institutions. */
  dominantCountry?: string;
}

declare module "../../document/types" {
  interface Annotations {
    actors: ActorsAnnotation;
  }
}
