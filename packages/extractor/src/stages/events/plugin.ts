// Stage 6, events: typed occurrences (attack, interception, talks ...) with trigger, participants, place,
// time, counts and PLOVER category; one node per real occurrence, provenance on every clause that tells it.
import { actorId, articleNodeId, eventId, placeId, type DeltaBuilder, type Provenance } from "@newsgraph/graph-model";
import type { Document, Span } from "../../document/types";
import { defineStage } from "../../pipeline/stage";
import { addAboutEdges } from "./about";
import { extractEvents } from "./extract-events";
import { captionSpans, excludedSpans } from "./text";
import type { EventsAnnotation } from "./types";


export const eventsStage = defineStage({
  name: "events",
  requires: ["clean", "actors", "statements"],
  run(doc): EventsAnnotation {
    const { actors, mentions } = doc.get("actors");
    const nonPlaces = new Set(actors.filter((a) => a.actorType === "person" || a.actorType === "organization").flatMap((a) => [a.name, ...a.aliases]));
    return {
      events: extractEvents({
        text: doc.text,
        sentences: doc.sentences,
        skip: excludedSpans(doc),
        repeats: captionSpans(doc),
        actorMentions: mentions,
        isActorName: (name) => nonPlaces.has(name),
        ...(doc.article.published ? { published: doc.article.published } : {}),
      }),
    };
  },
  emit(doc, delta) {
    emitEvents(doc, delta, doc.get("events"));
  },
});

const spanOf = (article: string, s: Span): Provenance => ({ article, start: s.start, end: s.end });

export function emitEvents(doc: Document, delta: DeltaBuilder, annotation: EventsAnnotation): void {
  const article = doc.article.id;
  const articleNode = articleNodeId(article);
  const actorKeys = new Map(doc.get("actors").actors.map((a) => [a.key, actorId(a.name)]));
  for (const event of annotation.events) {
    const id = eventId(article, event.eventType, doc.text.slice(event.evidence.start, event.evidence.end));
    const provenance = event.mentions.map((m) => spanOf(article, m.clause));
    delta.addNode(id, {
      type: "Event",
      eventType: event.eventType,
      label: event.label,
      plover: event.plover,
      trigger: event.trigger,
      ...(event.time ? { time: event.time.text } : {}),
      ...(event.time?.date ? { date: event.time.date } : {}),
      ...(Object.keys(event.counts).length ? { counts: event.counts } : {}),
      article,
      provenance,
    });
    delta.addEdge(id, articleNode, { type: "REPORTED_IN", provenance });
    addAboutEdges(doc, delta, id, event.mentions);
    for (const place of event.places) {
      const pid = placeId(place.name);
      const mention = [spanOf(article, place)];
      delta.addNode(pid, {
        type: "Place",
        name: place.name,
        ...(place.placeType ? { placeType: place.placeType } : {}),
        ...(place.country ? { country: place.country } : {}),
        provenance: mention,
      });
      delta.addEdge(pid, articleNode, { type: "MENTIONED_IN", provenance: mention });
      delta.addEdge(id, pid, { type: "LOCATED_IN", provenance: mention });
    }
    for (const p of event.participants) {
      const aid = actorKeys.get(p.actor);
      if (!aid || !delta.hasNode(aid)) continue;
      delta.addEdge(aid, id, { type: "PARTICIPATED_IN", role: p.role, provenance: [spanOf(article, p)] });
    }
  }
}
