// The events stage's annotation: one entry per real occurrence, with every mention that tells it.
import type { CountKind, EventRole, EventType } from "@newsgraph/graph-model";
import type { Span } from "../../document/types";
import type { TriggerMention } from "./detect";
import type { PlaceMention } from "./places";
import type { TimeExpression } from "./time";

export interface EventParticipant extends Span {
  /** ArticleActor.key */
  actor: string;
  role: EventRole;
}

export interface EventOccurrence {
  eventType: EventType;
  plover: string;
  label: string;
  /** The trigger of the first body mention, as written. */
  trigger: string;
  /** The clause that states it first: its text makes the event id. */
  evidence: Span;
  /** Every clause that tells this occurrence (headlines, captions and back-references included). */
  mentions: TriggerMention[];
  places: PlaceMention[];
  participants: EventParticipant[];
  time?: TimeExpression;
  counts: Partial<Record<CountKind, number>>;
}

export interface EventsAnnotation {
  events: EventOccurrence[];
}

declare module "../../document/types" {
  interface Annotations {
    events: EventsAnnotation;
  }
}
