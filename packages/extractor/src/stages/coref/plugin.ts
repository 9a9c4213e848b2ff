// Stage 3, coreference within the article: descriptions ("the mayor", "the ministry") and personal pronouns
// ("he", "she") linked to actors. Mentions inside quotations are never antecedents of a pronoun outside them.
import { defineStage } from "../../pipeline/stage";
import { tokenize } from "../../document/tokens";
import { findQuotes, inQuote } from "../../document/quotes";
import { isExcluded } from "../clean/types";
import { descriptionAt, matchesDescription } from "./descriptions";
import type { CorefAnnotation, CorefLink } from "./types";
import type { Document } from "../../document/types";

export function resolveCoreference(doc: Document): CorefAnnotation {
  const { actors, mentions } = doc.get("actors");
  const clean = doc.get("clean");
  const text = doc.text;
  const links: CorefLink[] = [];
  const byKey = new Map(actors.map((a) => [a.key, a]));
  for (const paragraph of doc.paragraphs) {
    if (isExcluded(clean, paragraph.start, paragraph.end)) continue;
    const quotes = findQuotes(text, paragraph.start, paragraph.end);
    const tokens = tokenize(text, paragraph.start, paragraph.end);
    tokens.forEach((t, i) => {
      if (inQuote(quotes, t.start)) return;
      if (/^(he|she)$/.test(t.lower)) {
        const antecedent = [...mentions].reverse().find((m) => m.end <= t.start && byKey.get(m.actor)?.actorType === "person" && !inQuote(quotes, m.start));
        if (antecedent) links.push({ start: t.start, end: t.end, actor: antecedent.actor, via: "pronoun", head: t.lower });
        return;
      }
      const d = descriptionAt(text, tokens, i);
      if (!d || mentions.some((m) => m.start < d.end && d.start < m.end && m.via !== "pronoun")) return;
      const candidates = actors.filter((a) => matchesDescription(a, d, text));
      if (!candidates.length) return;
      // The nearest mention before the description, else the first after it (a headline names "the mayor" first).
      const before = [...mentions].reverse().find((m) => m.end <= d.start && candidates.some((c) => c.key === m.actor));
      const after = mentions.find((m) => m.start >= d.end && candidates.some((c) => c.key === m.actor));
      const target = before ?? after;
      if (target) links.push({ start: d.start, end: d.end, actor: target.actor, via: "description", head: d.head });
    });
  }
  // Links become mentions of their actors, so that every later stage and the graph see them.
  for (const l of links) mentions.push({ start: l.start, end: l.end, actor: l.actor, via: l.via });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { links };
}

export const corefStage = defineStage({
  name: "coref",
  requires: ["clean", "actors"],
  run: resolveCoreference,
});
