// Agreement words, what they are about, and the verbs that tell an agreement's status. General English only.
import type { AgreementStatus, AgreementType } from "@newsgraph/graph-model";
import { wordLexicon } from "../../lexicons/lookup";

/** Nouns that name an agreement, by the type they give it. */
export const AGREEMENT_NOUNS: Record<string, AgreementType> = wordLexicon({
  treaty: "treaty", treaties: "treaty",
  accord: "accord", accords: "accord",
  deal: "deal", deals: "deal",
  pact: "pact", pacts: "pact",
  ceasefire: "ceasefire", ceasefires: "ceasefire", "cease-fire": "ceasefire", truce: "ceasefire", truces: "ceasefire", armistice: "ceasefire",
  agreement: "other", agreements: "other", memorandum: "other", memoranda: "other",
  acquisition: "deal", merger: "deal", takeover: "deal",
  // Also ordinary words ("security protocol", "a compact car"): agreements only with a status or a name (WEAK_NOUNS).
  protocol: "other", protocols: "other", compact: "pact", compacts: "pact",
});

/** Agreement nouns that are agreements only where the clause states a status or the noun has a proper name. */
export const WEAK_NOUNS: ReadonlySet<string> = new Set(["protocol", "protocols", "compact", "compacts"]);

/** Types that one formal text can be called interchangeably within an article ("the treaty" ... "the accord"). */
export const FORMAL: ReadonlySet<AgreementType> = new Set(["treaty", "accord", "pact", "other"]);

/**
 * What an agreement is about, as named in wire copy: "grain deal", "arms negotiations", "a treaty on strategic
 * partnership". Talks about one of these subjects are an agreement under negotiation ("arms talks").
 */
export const TOPICS: Record<string, string> = wordLexicon({
  grain: "grain", arms: "arms", weapons: "arms", munitions: "arms", gas: "gas", oil: "oil", energy: "energy", nuclear: "nuclear",
  trade: "trade", peace: "peace", security: "security", defence: "defence", defense: "defence", partnership: "partnership",
  prisoner: "prisoner exchange", prisoners: "prisoner exchange", hostage: "hostage", hostages: "hostage", minerals: "minerals",
  migration: "migration", climate: "climate", fishing: "fishing",
  acquisition: "acquisition", merger: "acquisition", takeover: "acquisition",
});
/** Nouns of negotiation: with a topic in front ("arms negotiations") they stand for the deal being negotiated. */
export const NEGOTIATION_NOUNS = new Set(["negotiations", "talks", "settlement"]);

/** Status cues, tried in order: the first that matches a clause wins for that clause. */
export const STATUS_CUES: [RegExp, AgreementStatus][] = [
  [/\b(?:won[’']t|will not|would not|not) be (?:restored|renewed|revived|extended)\b|\brefus\w* to (?:restore|renew|revive|return to)\b/i, "not_restored"],
  [/\bruled? out\b|\bruling out\b|\breject(?:s|ed|ing)?\b/i, "ruled_out"],
  [/\bsuspend(?:s|ed|ing)?\b|\bsuspension\b|\bfroze\b|\bfrozen\b/i, "suspended"],
  [/\bterminat\w*|\bwithdr[ae]w\w* from\b|\bpull(?:s|ed|ing)? out of\b|\bscrap(?:s|ped|ping)?\b|\bcollapsed?\b|\bexpired?\b/i, "terminated"],
  [/\btook effect\b|\bcame into force\b|\bentered into force\b|\bin force\b/i, "in_force"],
  // A head of state signing the ratification law completes ratification.
  [/\bsign\w* into law\b|\bratif\w*|\bendors\w*|(?<!\b(?:needs?|requires?|pending|awaiting|seeks?|seeking|subject to|for)\s)\bapprov\w*/i, "ratified"],
  [/\bsign(?:s|ed|ing)?\b|\binitial(?:l)?(?:ed|ing)\b/i, "signed"],
  [/\b(?:reach|reached|strike|struck|clinch\w*|seal\w*|agreed|conclude[ds]?|concluding)\b/i, "reached"],
  [/\bnegotiat\w*|\btalks\b|\bdiscuss\w*|\badvancing\b|\bwork(?:ing)? (?:on|out)\b/i, "under_negotiation"],
  [/\bpropos\w*|\bpush\w* for\b|\bcall\w* for\b|\bseek\w*|\bsought\b|\bprospects?\b|\bpriorit\w*|\burg\w*|\boffer\w*|\bdemand\w*|\bwants?\b|\bhope\w*/i, "proposed"],
];

/** Status order: later stages of one agreement's life rank higher; endings rank highest. */
export const STATUS_RANK: Record<AgreementStatus, number> = {
  unknown: 0, proposed: 1, under_negotiation: 2, reached: 3, signed: 4, ratified: 5, in_force: 6,
  suspended: 7, not_restored: 8, ruled_out: 8, terminated: 9,
};

/** Words after a country that make it a go-between rather than a party. */
export const MEDIATION = /\b(?:push\w*|broker\w*|mediat\w*|host\w*|spurred|facilitat\w*)\b/i;
