// The reporting verbs the statements stage reads, from two published sources rather than from any text:
//   - Levin (1993), English Verb Classes and Alternations, the verbs of communication: "say" verbs (37.7),
//     "tell" (37.2), manner of speaking (37.3), "complain" (37.8), "advise" (37.9), "talk"/"chitchat";
//   - the reporting verbs most frequent in attribution corpora (PARC 3.0, Pareti 2016; PolNeAR's guidelines):
//     add, argue, continue, contend, counter, insist, predict, reply, respond, testify, write, tweet, post ...
// Each lemma is listed with its forms; the shared lexicon (lexicons/reporting-verbs.ts) is kept as a base.
import { FINITE_CUES as BASE_FINITE, LISTENER_CUES as BASE_LISTENER, PARTICIPLE_CUES as BASE_PARTICIPLE } from "../../lexicons/reporting-verbs";

/** [base, -s, past, -ing] for each reporting verb. */
const VERBS: readonly (readonly [string, string, string, string])[] = [
  // Levin 37.7 "say" verbs
  ["announce", "announces", "announced", "announcing"], ["claim", "claims", "claimed", "claiming"], ["confess", "confesses", "confessed", "confessing"],
  ["confide", "confides", "confided", "confiding"], ["declare", "declares", "declared", "declaring"], ["disclose", "discloses", "disclosed", "disclosing"],
  ["explain", "explains", "explained", "explaining"], ["mention", "mentions", "mentioned", "mentioning"], ["note", "notes", "noted", "noting"],
  ["observe", "observes", "observed", "observing"], ["proclaim", "proclaims", "proclaimed", "proclaiming"], ["propose", "proposes", "proposed", "proposing"],
  ["recount", "recounts", "recounted", "recounting"], ["reiterate", "reiterates", "reiterated", "reiterating"], ["remark", "remarks", "remarked", "remarking"],
  ["repeat", "repeats", "repeated", "repeating"], ["report", "reports", "reported", "reporting"], ["reveal", "reveals", "revealed", "revealing"],
  ["state", "states", "stated", "stating"], ["suggest", "suggests", "suggested", "suggesting"], ["say", "says", "said", "saying"],
  // Levin 37.2 "tell", 37.9 "advise"
  ["tell", "tells", "told", "telling"], ["advise", "advises", "advised", "advising"], ["assure", "assures", "assured", "assuring"],
  ["caution", "cautions", "cautioned", "cautioning"], ["inform", "informs", "informed", "informing"], ["remind", "reminds", "reminded", "reminding"],
  ["warn", "warns", "warned", "warning"], ["alert", "alerts", "alerted", "alerting"],
  // Levin 37.3 manner of speaking
  ["shout", "shouts", "shouted", "shouting"], ["whisper", "whispers", "whispered", "whispering"], ["mutter", "mutters", "muttered", "muttering"],
  ["yell", "yells", "yelled", "yelling"], ["scream", "screams", "screamed", "screaming"], ["exclaim", "exclaims", "exclaimed", "exclaiming"],
  ["murmur", "murmurs", "murmured", "murmuring"], ["bellow", "bellows", "bellowed", "bellowing"],
  // Levin 37.8 "complain"
  ["complain", "complains", "complained", "complaining"], ["grumble", "grumbles", "grumbled", "grumbling"], ["object", "objects", "objected", "objecting"],
  ["protest", "protests", "protested", "protesting"], ["lament", "laments", "lamented", "lamenting"],
  // attribution corpora (PARC / PolNeAR): frequent reporting verbs beyond Levin's classes
  ["add", "adds", "added", "adding"], ["argue", "argues", "argued", "arguing"], ["continue", "continues", "continued", "continuing"],
  ["contend", "contends", "contended", "contending"], ["counter", "counters", "countered", "countering"], ["insist", "insists", "insisted", "insisting"],
  ["predict", "predicts", "predicted", "predicting"], ["reply", "replies", "replied", "replying"], ["respond", "responds", "responded", "responding"],
  ["testify", "testifies", "testified", "testifying"], ["write", "writes", "wrote", "writing"], ["tweet", "tweets", "tweeted", "tweeting"],
  ["post", "posts", "posted", "posting"], ["acknowledge", "acknowledges", "acknowledged", "acknowledging"], ["admit", "admits", "admitted", "admitting"],
  ["concede", "concedes", "conceded", "conceding"], ["assert", "asserts", "asserted", "asserting"], ["allege", "alleges", "alleged", "alleging"],
  ["maintain", "maintains", "maintained", "maintaining"], ["emphasize", "emphasizes", "emphasized", "emphasizing"], ["emphasise", "emphasises", "emphasised", "emphasising"],
  ["stress", "stresses", "stressed", "stressing"], ["boast", "boasts", "boasted", "boasting"], ["vow", "vows", "vowed", "vowing"],
  ["pledge", "pledges", "pledged", "pledging"], ["promise", "promises", "promised", "promising"], ["threaten", "threatens", "threatened", "threatening"],
  ["urge", "urges", "urged", "urging"], ["demand", "demands", "demanded", "demanding"], ["ask", "asks", "asked", "asking"],
  ["joke", "jokes", "joked", "joking"], ["quip", "quips", "quipped", "quipping"], ["conclude", "concludes", "concluded", "concluding"],
  ["confirm", "confirms", "confirmed", "confirming"], ["deny", "denies", "denied", "denying"], ["estimate", "estimates", "estimated", "estimating"],
  ["recall", "recalls", "recalled", "recalling"], ["comment", "comments", "commented", "commenting"], ["charge", "charges", "charged", "charging"],
  ["accuse", "accuses", "accused", "accusing"], ["insinuate", "insinuates", "insinuated", "insinuating"], ["concur", "concurs", "concurred", "concurring"],
  ["retort", "retorts", "retorted", "retorting"], ["rule", "rules", "ruled", "ruling"], ["clarify", "clarifies", "clarified", "clarifying"],
  ["specify", "specifies", "specified", "specifying"], ["hint", "hints", "hinted", "hinting"], ["swear", "swears", "swore", "swearing"],
  ["brag", "brags", "bragged", "bragging"], ["tout", "touts", "touted", "touting"], ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
];

/**
 * Forms that are more often something else in news prose, kept out as finite cues: "rule(s)", "charge(s)",
 * "object(s)", "post(s)", "state(s)", "report(s)" as nouns; "continuing", "posting" … as participles are
 * read only after a comma anyway.
 */
const NOT_FINITE = new Set(["rule", "rules", "charge", "charges", "object", "objects", "post", "posts", "counter", "counters", "remark", "remarks", "comment", "comments", "protest", "protests", "alert", "alerts", "continue", "continues", "repeat", "repeats", "propose", "proposes", "hint", "hints", "tout", "touts", "stress", "ask", "promise", "demand", "estimate", "note", "claim", "report", "state", "deny", "warn", "say", "tell", "add", "write"]);
/** Past forms that head a noun as often as they report ("the charged atmosphere", "a posted sign"). */
const NOT_PAST = new Set(["charged", "posted", "ruled", "objected", "continued", "repeated", "proposed", "stated", "alerted"]);

const finite = new Set(BASE_FINITE);
const participles = new Set(BASE_PARTICIPLE);
for (const [base, third, past, ing] of VERBS) {
  for (const f of [base, third]) if (!NOT_FINITE.has(f)) finite.add(f);
  if (!NOT_PAST.has(past) || past === "continued") finite.add(past);
  participles.add(ing);
}
// "continued" reports only after a quote or a name ("…,” she continued"); as a participle-free past it is kept.
for (const w of ["charging", "ruling", "posting", "objecting", "protesting", "alerting", "reporting", "stating", "repeating", "proposing", "testifying", "continuing", "asking", "promising", "demanding", "estimating", "confirming", "recalling", "commenting", "maintaining", "swearing", "touting"]) participles.delete(w);

/** Finite forms: "X said …", "…, X said". */
export const FINITE_CUES: ReadonlySet<string> = finite;
/** Participles that add a statement to a sentence's subject: "…, saying …". */
export const PARTICIPLE_CUES: ReadonlySet<string> = participles;
/** Verbs that take a listener before the clause: "told the BBC (that) …", "assured voters that …". */
export const LISTENER_CUES: ReadonlySet<string> = new Set([...BASE_LISTENER, "advised", "advises", "cautioned", "alerted", "informs", "reminds", "assures"]);
export { AUXILIARIES, NEGATORS, PHRASAL_CUES } from "../../lexicons/reporting-verbs";
