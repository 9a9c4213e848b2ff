// Definite descriptions of actors: "the mayor", "the Russian capital’s mayor", "the former defence minister",
// "the ministry", "the source". A description names its head noun; it refers to the actor whose roles,
// name or aliases carry that head.
import type { Token } from "../../document/tokens";
import { countryByCapital, countryByDemonym, countryByName } from "../../lexicons/countries";
import { PERSON_TITLES, TITLE_MODIFIERS } from "../../lexicons/titles";
import { lexiconTags } from "../../lexicons/given-names";
import type { ArticleActor } from "../actors/types";

export interface Description {
  start: number;
  end: number;
  head: string;
  /** "of the Bryansk region": a qualifier that must match, so the description cannot fall back on a neighbour. */
  qualified: boolean;
  person: boolean;
}

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "this", "that"]);
export const ORG_DESCRIPTION_HEADS = new Set(["ministry", "agency", "administration", "office", "service", "council", "committee", "army", "government", "kremlin", "department", "military", "company", "firm", "organisation", "organization", "authority", "commission"]);
/** Heads that describe any business rather than naming part of it: "the company", "the firm". */
const BUSINESS_HEADS = new Set(["company", "firm"]);
export const isBusinessHead = (head: string): boolean => BUSINESS_HEADS.has(head);

/** A word that would make the head a modifier ("army training site"): a noun or gerund, not a verb or adverb. */
function isNounLike(word: string): boolean {
  if (/^(of|for|in|on|at|to|and|or|but|that|which|who|said|says|has|have|had|was|were|is|are|will|would|also|later|did|does|meanwhile|then|still)$/.test(word)) return false;
  const tags = lexiconTags(word);
  if (!tags.length) return !/(ed|ly)$/.test(word);
  return tags.some((t) => /^(Singular|Plural|Uncountable|Gerund|Noun|Actor)$/.test(t));
}

/** Descriptions that start at tokens[i] (a determiner), if any. */
export function descriptionAt(text: string, tokens: readonly Token[], i: number): Description | undefined {
  const det = tokens[i];
  if (!det || !DETERMINERS.has(det.lower)) return undefined;
  let k = i + 1;
  let head: Token | undefined;
  while (k < tokens.length && k - i <= 6) {
    const t = tokens[k]!;
    // Capitalized words may qualify a title: "Trump adviser", "Kremlin spokesman", "White House spokeswoman".
    // "the Russian capital’s mayor", "the country’s president": a possessive phrase qualifies the title.
    const isModifier = (t.word && /^['’]s$/.test(tokens[k + 1]?.text ?? "")) || TITLE_MODIFIERS.has(t.lower) || countryByDemonym(t.text) || /^['’]s$/.test(t.text) || (t.cap && t.word) || (t.cap && (countryByName(t.text) || countryByCapital(t.text)));
    if (PERSON_TITLES.has(t.lower) || ORG_DESCRIPTION_HEADS.has(t.lower)) {
      head = t;
      // "foreign minister", "deputy head": keep the last title word of a compound.
      if (!(PERSON_TITLES.has(tokens[k + 1]?.lower ?? "") || ORG_DESCRIPTION_HEADS.has(tokens[k + 1]?.lower ?? ""))) break;
    } else if (!isModifier) return undefined;
    k++;
  }
  if (!head) return undefined;
  let end = head.end;
  let qualified = false;
  const next = tokens[k + 1];
  // "an army training site": a head followed by another noun is a modifier, not the actor.
  if (next && next.word && !next.cap && !PERSON_TITLES.has(head.lower) && isNounLike(next.lower)) return undefined;
  if (next && (next.lower === "of" || next.lower === "for" || next.lower === "with" || next.lower === "to" || next.lower === "in")) {
    // "the governor of the Bryansk region", "a spokesperson for Putin": up to the next comma or verb.
    let j = k + 2;
    while (j < tokens.length && tokens[j]!.word && !/^(said|says|told|added|reported|warned|claimed|announced|has|have|had|was|were|is|also|meanwhile)$/.test(tokens[j]!.lower)) j++;
    if (j > k + 2) {
      end = tokens[j - 1]!.end;
      qualified = next.lower === "of" || next.lower === "for" || next.lower === "with";
    }
  }
  return { start: det.start, end, head: head.lower, qualified, person: PERSON_TITLES.has(head.lower) };
}

/** Whether one of the actor's roles carries the title: "governor" in "Governor of the Kaluga region". */
export const holdsTitle = (actor: ArticleActor | undefined, title: string): boolean =>
  !!actor?.roles.some((role) => role.toLowerCase().split(/[^\p{L}-]+/u).includes(title));

/** Actors a description can refer to: people whose roles carry the head, organizations whose names do. */
export function matchesDescription(actor: ArticleActor, d: Description, text: string): boolean {
  const head = d.head;
  if (d.person) {
    if (actor.actorType !== "person") return false;
    if (!holdsTitle(actor, head)) return false;
    if (!d.qualified) return true;
    const roles = actor.roles.map((r) => r.toLowerCase());
    const qualifier = text.slice(d.start, d.end).toLowerCase().split(/\b(?:of|for|with)\b/)[1] ?? "";
    const words = qualifier.match(/\p{L}{4,}/gu) ?? [];
    return words.every((w) => roles.some((r) => r.includes(w)) || w === "region");
  }
  if (actor.actorType === "person") return false;
  // A business is an organization that belongs to no state (companies are not named by their country).
  if (BUSINESS_HEADS.has(head)) return actor.actorType === "organization" && !actor.country;
  const names = [actor.name, ...actor.aliases].map((n) => n.toLowerCase());
  return names.some((n) => n.split(/[^\p{L}]+/u).includes(head));
}
