// Who took part in an event, from the actor mentions of its clause: the agent before an active trigger or
// after "by", the target after "on/against/at/targeting", everyone in talks, visits and agreement actions.
import type { EventRole, EventType } from "@newsgraph/graph-model";
import type { ActorMention } from "../actors/types";
import type { Span } from "../../document/types";
import type { EventParticipant } from "./types";

const TOGETHER: ReadonlySet<EventType> = new Set(["meeting_talks", "visit", "agreement_action", "election", "resignation_appointment"]);
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:said|says|told|added|reported|claimed|announced|stated|wrote)\b/;
const TARGET_BEFORE = /\b(?:on|against|at|targeting|targeted|into|hit|struck|pounded|attacked|captured|of)\s+(?:the\s+)?$/i;
const OBJECT_REACH = 30;
const OBLIQUE = /\b(?:with|near|in|of|from|at|on|into|over|across|against|for|to|about)\s+(?:the\s+)?$/i;
/** Events whose "to X" names who receives: supplies, troops, visitors. */
const RECEIVING: ReadonlySet<EventType> = new Set(["aid_supply", "deployment_mobilization", "visit"]);
const TO_BEFORE = /\bto\s+(?:the\s+)?$/i;
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;

/** The actor mentions inside the clause (`inside`, by position), each with its part in the event; speakers of the clause are left out. */
export function participantsOf(
  text: string,
  clause: Span,
  trigger: Span,
  eventType: EventType,
  inside: readonly ActorMention[],
): EventParticipant[] {
  const out: EventParticipant[] = [];
  // Of the names before an active trigger, the nearest is its subject: "Germany pledged ..., and Britain delivered".
  // A name after a preposition ("near the border with Ukraine") is no subject.
  const subject = inside
    .filter((m) => m.end <= trigger.start && !SPEECH_AFTER.test(text.slice(m.end, m.end + 12)))
    .filter((m) => !OBLIQUE.test(text.slice(Math.max(clause.start, m.start - 14), m.start)))
    .at(-1);
  for (const m of inside) {
    if (SPEECH_AFTER.test(text.slice(m.end, m.end + 12))) continue;
    if (text[m.start - 1] === "(" && text[m.end] === ")") continue; // a dateline credit: "GAZA (Reuters) -"
    const lead = text.slice(Math.max(clause.start, m.start - 14), m.start);
    let role: EventRole | undefined;
    if (TOGETHER.has(eventType)) role = m.start < trigger.start && !TARGET_BEFORE.test(lead) ? "agent" : "participant";
    else if (BY_BEFORE.test(lead)) role = "agent";
    else if (TARGET_BEFORE.test(lead) || (RECEIVING.has(eventType) && TO_BEFORE.test(lead))) role = "target";
    // Right after the trigger is its object ("struck Kyiv"); further on, a name is often just scenery.
    else if (m.start > trigger.end) role = m.start - trigger.end <= OBJECT_REACH ? "target" : undefined;
    else role = m === subject ? "agent" : undefined;
    if (eventType === "meeting_talks" && role) role = "participant";
    if (!role) continue;
    out.push({ actor: m.actor, role, start: m.start, end: m.end });
  }
  return out;
}
