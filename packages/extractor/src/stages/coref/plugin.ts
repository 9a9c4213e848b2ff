// Stage 3, coreference within the article: descriptions ("the mayor", "the ministry") and personal pronouns
// ("he", "she") linked to actors. Mentions inside quotations are never antecedents of a pronoun outside them.
import { defineStage } from "../../pipeline/stage";
import { tokenize } from "../../document/tokens";
import { findQuotes, inQuote } from "../../document/quotes";
import { isExcluded } from "../clean/types";
import { firstAfter, firstStartingAt, lastBefore } from "../../document/spans";
import { descriptionAt, isBusinessHead, matchesDescription } from "./descriptions";
import type { CorefAnnotation, CorefLink } from "./types";
import type { Document } from "../../document/types";

function overlapsMention(mentions: readonly { start: number; end: number; via: string }[], d: { start: number; end: number }): boolean {
  for (let k = Math.max(0, firstStartingAt(mentions, d.start) - 20); k < mentions.length && mentions[k]!.start < d.end; k++) {
    const m = mentions[k]!;
    if (m.start < d.end && d.start < m.end && m.via !== "pronoun") return true;
  }
  return false;
}

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
        const antecedent = lastBefore(mentions, t.start, (m) => byKey.get(m.actor)?.actorType === "person" && !inQuote(quotes, m.start));
        if (antecedent) links.push({ start: t.start, end: t.end, actor: antecedent.actor, via: "pronoun", head: t.lower });
        return;
      }
      // Only definite descriptions point back: "an official" introduces someone new.
      const d = /^(a|an)$/.test(t.lower) ? undefined : descriptionAt(text, tokens, i);
      if (!d || overlapsMention(mentions, d)) return;
      // "his spokesman Stephane Dujarric": a title written before a name introduces that name.
      if (overlapsMention(mentions, { start: d.end, end: d.end + 2 })) return;
      const candidates = actors.filter((a) => matchesDescription(a, d, text));
      if (!candidates.length) return;
      // The nearest mention before the description, else the first after it (a headline names "the mayor" first).
      const keys = new Set(candidates.map((c) => c.key));
      // "X agreed to buy Y, the company said": a business described in its own sentence is the one heading it.
      // A dateline ("SEATTLE (AP) -") is not part of the sentence.
      // Looked for within a bounded window: lastIndexOf over the whole text would scan back to its start.
      const from = Math.max(0, d.start - 600);
      const window = text.slice(from, d.start + 3);
      const sentenceStart = from + Math.max(...[". ", "\n", " - ", " – ", " — "].map((b) => {
        const at = window.lastIndexOf(b, d.start - from);
        return at < 0 ? 0 : at + b.length;
      }));
      const first = isBusinessHead(d.head) ? firstAfter(mentions, sentenceStart, (m) => m.start >= d.start || keys.has(m.actor)) : undefined;
      const heading = first && first.end <= d.start && keys.has(first.actor) ? first : undefined;
      const before = heading ?? lastBefore(mentions, d.start, (m) => keys.has(m.actor));
      const after = firstAfter(mentions, d.end, (m) => keys.has(m.actor));
      // Only a person's title may point forward (a headline's "says mayor"); an institution must be named first.
      const target = before ?? (d.person ? after : undefined);
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
