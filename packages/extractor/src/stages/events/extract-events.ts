// The events of one article, as a pure function of its text, sentences and actor mentions.
import { EventTaxonomy, type CountKind, type EventType } from "@newsgraph/graph-model";
import type { Sentence, Span } from "../../document/types";
import type { ActorMention } from "../actors/types";
import { anchorsOf, objectAnchors } from "./anchors";
import { findCounts, numberOf } from "./counts";
import { tokenize } from "./text";
import { firstBody, groupOccurrences, type CandidateGroup, type EventCandidate } from "./corefer";
import { findTriggers, type TriggerMention } from "./detect";
import { participantsOf } from "./participants";
import { findEventPlaces, placeKeys, type PlaceMention } from "./places";
import { SpanIndex } from "./span-index";
import { findTime } from "./time";
import type { EventOccurrence, EventParticipant } from "./types";

export interface EventsInput {
  text: string;
  sentences: readonly Sentence[];
  /** Boilerplate: nothing inside is extracted. */
  skip?: readonly Span[];
  /** Captions and other lines that repeat the body, read like headlines. */
  repeats?: readonly Span[];
  actorMentions?: readonly ActorMention[];
  /** Names of people and organizations, which are not places even after "in" ("in Putin's speech"). */
  isActorName?: (name: string) => boolean;
  /** The article's publication date, YYYY-MM-DD, to resolve "on Saturday" to a day. */
  published?: string;
}

const TYPE_WORDS: Record<EventType, string> = {
  attack: "Attack",
  interception: "Interception",
  explosion_sabotage: "Explosion",
  casualties: "Casualties",
  closure_restriction: "Closure",
  territorial_capture: "Territorial capture",
  evacuation: "Evacuation",
  meeting_talks: "Talks",
  agreement_action: "Agreement action",
  resignation_appointment: "Resignation or appointment",
  election: "Election",
  legal_action: "Legal action",
  deployment_mobilization: "Deployment",
  visit: "Visit",
  aid_supply: "Supply",
};

/** "killed:12" for "killed a dozen soldiers": a toll names the strike that caused it as well as the deaths. */
function casualtyKeys(text: string, clause: Span): string[] {
  return Object.entries(findCounts(text, clause, "casualties")).map(([kind, n]) => `count:${kind}:${n}`);
}

// A list of counts by place after one trigger: "a further 23 over the Bryansk region, six over the Belgorod region".
const LIST_ITEM = /^(?:a further |another |and )?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^,;]*?\b(?:over|in|above|near|across)\b/i;
const ENUMERATED: ReadonlySet<EventType> = new Set(["interception", "attack", "casualties"]);

/** The items of a "count over place" list in a clause, each as its own span; fewer than two is no list. */
export function listItems(text: string, clause: Span): Span[] {
  const items: Span[] = [];
  const piece = /[^,;]+/g;
  const slice = text.slice(clause.start, clause.end);
  for (const m of slice.matchAll(piece)) {
    for (const part of m[0].split(/(?=\band\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i)) {
      const lead = part.length - part.trimStart().length;
      const start = clause.start + m.index + m[0].indexOf(part) + lead;
      const words = part.trim().replace(/[.]$/, "");
      if (LIST_ITEM.test(words)) items.push({ start, end: start + words.length });
    }
  }
  return items.length >= 2 ? items : [];
}

const ITEM_COUNT_KIND: Partial<Record<EventType, CountKind>> = { interception: "destroyed", attack: "launched", casualties: "killed" };

/** "six over the Belgorod region" after "shot down": six destroyed. */
function itemCount(text: string, item: Span, eventType: EventType): Partial<Record<CountKind, number>> {
  const tokens = tokenize(text, item);
  const at = tokens.findIndex((_, i) => numberOf(tokens, i) !== undefined);
  const kind = ITEM_COUNT_KIND[eventType];
  return at >= 0 && kind ? { [kind]: numberOf(tokens, at)! } : {};
}

const trimSpan = (text: string, span: Span): Span => {
  let end = span.end;
  while (end > span.start && /[\s,;]/.test(text[end - 1]!)) end--;
  return { start: span.start, end };
};

export function extractEvents(input: EventsInput): EventOccurrence[] {
  const { text, sentences, published } = input;
  const candidateOf = (mention: TriggerMention, span: Span): EventCandidate => ({
    mention: span === mention.clause ? mention : { ...mention, clause: span },
    places: findEventPlaces(text, span, mention, input.isActorName),
    anchors: new Set([...anchorsOf(text, span), ...objectAnchors(text, span), ...casualtyKeys(text, span)]),
    time: findTime(text, mention.clause, published),
    counts: findCounts(text, span, mention.eventType),
  });
  const candidates: EventCandidate[] = findTriggers(text, sentences, input.skip ?? [], input.repeats ?? []).flatMap((mention) => {
    const items = ENUMERATED.has(mention.eventType) ? listItems(text, mention.clause).filter((i) => i.start > mention.end) : [];
    if (!items.length) return [candidateOf(mention, mention.clause)];
    // One event per place of the list; the words before the list keep the trigger's own event.
    const head = trimSpan(text, { start: mention.clause.start, end: items[0]!.start });
    return [candidateOf(mention, head), ...items.map((item) => ({ ...candidateOf(mention, item), counts: itemCount(text, item, mention.eventType) }))];
  });
  const actorMentions = new SpanIndex(input.actorMentions ?? []);
  return groupOccurrences(candidates).map((group) => occurrenceOf(text, group, actorMentions));
}

function occurrenceOf(text: string, group: CandidateGroup, actorMentions: SpanIndex<ActorMention>): EventOccurrence {
  const first = firstBody(group);
  const eventType = first.mention.eventType;
  // Body places first: a headline's "Odesa port" is the body's "port of Odesa".
  const places: PlaceMention[] = [];
  const placeNames = new Set<string>();
  const byBodyFirst = [...group.candidates].sort((a, b) => Number(a.mention.headline) - Number(b.mention.headline));
  for (const c of byBodyFirst) {
    for (const p of c.places) {
      const key = placeKeys(p.name).join(" ");
      if (placeNames.has(key)) continue;
      placeNames.add(key);
      places.push(p);
    }
  }
  const participants: EventParticipant[] = [];
  const roles = new Set<string>();
  for (const c of group.candidates) {
    for (const p of participantsOf(text, c.mention.clause, c.mention, eventType, actorMentions.within(c.mention.clause))) {
      const key = `${p.actor}\u0000${p.role}`;
      if (roles.has(key)) continue;
      roles.add(key);
      participants.push(p);
    }
  }
  const counts: Partial<Record<CountKind, number>> = {};
  for (const c of group.candidates) for (const [k, v] of Object.entries(c.counts) as [CountKind, number][]) counts[k] ??= v;
  const time = group.candidates.find((c) => c.time)?.time;
  const where = places[0] ? ` in ${places[0].name}` : "";
  const when = time ? ` (${time.text})` : "";
  return {
    eventType,
    plover: EventTaxonomy[eventType].plover,
    label: `${TYPE_WORDS[eventType]}${where}${when}: ${first.mention.text}`,
    trigger: first.mention.text,
    evidence: first.mention.clause,
    mentions: group.candidates.map((c) => c.mention),
    places,
    participants,
    ...(time ? { time } : {}),
    counts,
  };
}
