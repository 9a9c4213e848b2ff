// The trigger words of every event type, inflected from the lemmas in graph-schema/event-taxonomy.json, and
// the small closed word lists the context rules use. General English only: nothing here names a place or person.
import nlp from "compromise";
import { EventTaxonomy, type EventType } from "@newsgraph/graph-model";

export interface TriggerForm {
  eventType: EventType;
  lemma: string;
  /** The inflected surface form, lower case, split into words. */
  words: string[];
}

function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Every surface form of a lemma: its verb forms (compromise conjugates the head word) and its plural. */
export function inflect(lemma: string): string[] {
  const [head = "", ...rest] = lemma.split(" ");
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  const forms = new Set<string>([lemma, `${pluralOf(head)}${tail}`]);
  // Tagging the word as a verb makes compromise conjugate words it would read as nouns ("destroy", "station").
  const doc = nlp(head);
  doc.tag("Verb");
  const conjugated = (doc.verbs().conjugate() as Record<string, string>[])[0];
  // Only base forms are conjugated: "talks" stays a noun rather than becoming "talked".
  if (conjugated && conjugated.Infinitive?.toLowerCase() === head) {
    for (const [tense, form] of Object.entries(conjugated)) {
      if (tense === "FutureTense" || !form) continue;
      forms.add(`${form.toLowerCase()}${tail}`);
    }
  } else if (conjugated) {
    // compromise misreads a few verbs ("amass" → "ama"); regular endings cover them.
    const stem = head.endsWith("e") ? head.slice(0, -1) : head;
    for (const form of [`${stem}ed`, `${stem}ing`, `${head}${/(s|sh|ch|x|z)$/.test(head) ? "es" : "s"}`]) forms.add(`${form}${tail}`);
  }
  return [...forms].sort();
}

let cached: Map<string, TriggerForm[]> | undefined;

/** Trigger forms keyed by their first word, longest first, so that "shot down" wins over "shot". */
export function triggerIndex(): Map<string, TriggerForm[]> {
  if (cached) return cached;
  const index = new Map<string, TriggerForm[]>();
  for (const [eventType, spec] of Object.entries(EventTaxonomy) as [EventType, { triggers: readonly string[] }][]) {
    for (const lemma of spec.triggers) {
      for (const form of inflect(lemma)) {
        const words = form.split(" ");
        const list = index.get(words[0]!) ?? [];
        if (!list.some((f) => f.eventType === eventType && f.words.join(" ") === form)) list.push({ eventType, lemma, words });
        index.set(words[0]!, list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || a.eventType.localeCompare(b.eventType));
  cached = index;
  return index;
}

const set = (words: string) => new Set(words.split(" "));

/** Things fired, flown or launched at a target: what makes "destroyed", "hit" or "launched" military. */
export const WEAPONS = set(
  "drone drones uav uavs missile missiles rocket rockets shell shells projectile projectiles bomb bombs warplane warplanes jet jets aircraft bomber bombers artillery munition munitions ammunition grenade grenades torpedo torpedoes mortar mortars glide kamikaze",
);
/** Words that make a clause about fighting, for the weakest triggers ("hit", "advance"). */
export const MILITARY = new Set([
  ...WEAPONS,
  ...set(
    "strike strikes attack attacks forces troops army soldiers military offensive front frontline shelling incursion territory village villages town towns settlement settlements positions units battalion brigade airbase airbases base bases bridge bridges complex depot",
  ),
]);
/** Whom troops are sent as: the object that makes "send" a deployment. */
export const TROOPS = set("troops soldiers forces fighters volunteers servicemen personnel reinforcements units battalions brigades division divisions conscripts recruits mercenaries marines paratroopers");
/** What is supplied: the object that makes "send" or "provide" an aid supply. */
export const SUPPLIES = new Set([
  ...WEAPONS,
  ...set("arms weapons weaponry aid assistance tanks vehicles howitzers equipment supplies ammunition financing funding loan loans money humanitarian shells systems"),
]);
/** Agreement words, for agreement actions ("signed the treaty"). */
export const AGREEMENT_WORDS = set("treaty treaties accord accords deal deals pact pacts ceasefire ceasefires truce truces armistice agreement agreements memorandum memoranda protocol deal's treaty's");
/** Words before a trigger that make it unreal: not (yet) an occurrence. */
export const IRREALIS = set(
  "could would might may should must can cannot can't won't if unless until threaten threatens threatened threatening warn warned warns fear fears feared risk risks possibility possible prevent avoid stop halt ready open willing want wants wanted seek seeks sought demand demands demanded urge urges urged call calls called calling plan plans planned intend intends aim aims aimed accused accuse accuses allegedly alleged trying tried try tries attempt attempts attempted attempting ruled refused refuses rejected rejects declined",
);
/** Irrealis words that still let planned meetings and visits count (the gold standard of wire copy does). */
export const PLANNING = set("plan plans planned planning intend intends expect expects expected set likely will to");
/** Words that cancel a trigger in front of it. */
export const NEGATION = set("no not never without nor neither denied deny denies");
/** Determiners that make a noun trigger a reference back to an event already told. */
export const DEFINITE = set("the this that these those its their his her our such same latest");
