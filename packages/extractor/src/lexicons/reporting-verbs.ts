// Reporting verbs ("cues") that introduce who said what, by form. Lowercase.

/** Finite forms: "X said …", "… , X said". */
export const FINITE_CUES = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "claimed", "claims", "claim", "warned", "warns", "denied", "denies",
  "accused", "accuses", "announced", "announces", "reported", "reports", "noted", "notes", "stated", "states", "insisted", "insists",
  "argued", "argues", "demanded", "demands", "boasted", "boasts", "confirmed", "confirms", "explained", "explains", "stressed", "stresses",
  "emphasised", "emphasized", "acknowledged", "acknowledges", "admitted", "admits", "alleged", "alleges", "asserted", "asserts",
  "declared", "declares", "maintained", "maintains", "predicted", "predicts", "promised", "promises", "pledged", "pledges",
  "vowed", "vows", "urged", "urges", "wrote", "writes", "tweeted", "suggested", "suggests", "revealed", "reveals",
  "estimated", "estimates", "responded", "replied", "countered", "cautioned", "threatened", "threatens", "disclosed",
  "asked", "asks", "recalled", "conceded", "remarked", "commented", "contended", "complained", "lamented", "reiterated",
  "reiterates", "joked", "quipped", "concluded", "observed",
]);

/** Participles that add a statement to a sentence's subject: "…, saying …". */
export const PARTICIPLE_CUES = new Set([
  "saying", "adding", "claiming", "warning", "insisting", "noting", "stressing", "arguing", "accusing", "denying", "calling",
  "urging", "telling", "explaining", "announcing", "alleging", "declaring", "vowing", "pledging",
]);

/** Cues whose object is the statement itself rather than a clause: "spoke of X", "called on X to …". */
export const PHRASAL_CUES: readonly string[] = ["spoke of", "called on", "calling on", "called for", "according to"];

/** Verbs that take a listener before the clause: "told the BBC (that) …". */
export const LISTENER_CUES = new Set(["told", "tells", "telling", "warned", "warns", "urged", "urges", "assured", "informed", "reminded"]);

/** Helpers that may stand between subject and cue: "has repeatedly said", "did say". */
export const AUXILIARIES = new Set([
  "has", "have", "had", "did", "does", "do", "will", "would", "could", "may", "might", "also", "later", "previously", "repeatedly",
  "meanwhile", "earlier", "then", "again", "already", "separately", "usually", "often", "publicly", "reportedly", "recently",
  "further", "once", "twice", "had", "is", "was", "were", "been", "allegedly", "subsequently", "too", "first", "last",
]);

/** Words after which a cue is not a claim made: "did not say", "is reported to". */
export const NEGATORS = new Set(["not", "never", "n't", "nt", "declined", "refused", "without", "cannot"]);
