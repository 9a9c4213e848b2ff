// Stage 4, statements: who said what. Direct quotations and reported speech, each with its speaker, cue and
// channel, as offsets; emitted as Statement nodes with SAID, ABOUT and REPORTED_IN edges.
import { actorId, articleNodeId, normalizeWords, statementId, type DeltaBuilder } from "@newsgraph/graph-model";
import type { Document, Span } from "../../document/types";
import { tokenize } from "../../document/tokens";
import { findQuotes } from "../../document/quotes";
import { firstStartingAt, spansWithin } from "../../document/spans";
import { countWork } from "../../document/work";
import { defineStage } from "../../pipeline/stage";
import { isExcluded } from "../clean/types";
import { looksLikeHeadline } from "../clean/boilerplate";
import { findReportedSpeech, trimClause, wordCount } from "./cues";
import { attributionAcross, findDirectQuotes } from "./direct";
import { holdsTitle } from "../coref/descriptions";
import { SpeakerResolver, type SpokenBy } from "./speaker";
import type { ArticleStatement, StatementsAnnotation } from "./types";

interface Candidate {
  span: Span;
  kind: "direct" | "indirect";
  cue: string;
  channel?: string;
  subject?: Span;
  attribution: Span;
  sentence: Span;
  paragraph: number;
  /** "continue": the previous direct quote's speaker; "main": the sentence's speaker ("…, saying …"). */
  from: "subject" | "continue" | "main";
  /** Stated in a headline, which announces the story below it. */
  headline?: boolean;
}

interface Resolved extends Candidate {
  spokenBy: SpokenBy;
}

// Headline attributions by colon: "Mayor Lee: ‘The City Will Rebuild’" (a short name, then what was said).
const COLON_HEADLINE = /^((?:\p{Lu}[\p{L}.'’-]*\s){0,4}\p{Lu}[\p{L}.'’-]*):\s+(\S.*)$/u;
// Headline attributions by dash: "Putin open to hearing Trump’s proposals – official".
const DASH_HEADLINE = /^(.+?)\s+[–—]\s+((?:[\p{L}'’-]+\s){0,3}[\p{L}'’-]+)$/u;

export function findStatements(doc: Document): StatementsAnnotation {
  const text = doc.text;
  const clean = doc.get("clean");
  const resolver = new SpeakerResolver(text, doc.get("actors"));
  const resolved: Resolved[] = [];

  // Paragraphs are counted without boilerplate, so a teaser between two quotes does not separate them.
  let ordinal = 0;
  for (const paragraph of doc.paragraphs) {
    if (isExcluded(clean, paragraph.start, paragraph.end)) continue;
    const candidates = paragraphCandidates(doc, paragraph.index, ordinal++);
    for (const c of candidates) {
      const spokenBy = speakerOf(c, resolved, resolver);
      if (!spokenBy) continue;
      resolved.push({ ...c, spokenBy });
      if (spokenBy.speakers.length) resolver.history.push({ speakers: spokenBy.speakers, paragraph: c.paragraph, statementEnd: c.span.end });
    }
  }
  settlePending(resolved, resolver);

  const article = doc.article.id;
  const found: ArticleStatement[] = resolved
    .filter((r) => r.spokenBy.speakers.length)
    .map((r) => {
      const words = text.slice(r.span.start, r.span.end);
      return {
        id: statementId(article, words),
        start: r.span.start,
        end: r.span.end,
        text: words,
        kind: r.kind,
        speaker: r.spokenBy.speakers[0],
        speakers: r.spokenBy.speakers,
        cue: r.cue,
        channel: r.channel,
        attribution: r.attribution,
        repeats: [],
      };
    });
  return { statements: mergeRepeats(found) };
}

const wordSet = (s: string) => new Set(normalizeWords(s).split(" ").filter(Boolean));

/** Hosts compared per statement at most: a bound on work when a text repeats one phrase many times. */
const MAX_HOSTS_TRIED = 64;

/**
 * A caption or headline repeating a statement of the same speaker is that statement: the longer wording is
 * kept; a repeat with the very same words (only quotes or punctuation differ) becomes another span of it.
 * A host shares at least 85% of the repeat's words, so it holds one of the repeat's rarest 15% (+1) words:
 * only the kept statements listed under those words are compared, never every pair.
 */
function mergeRepeats(statements: ArticleStatement[]): ArticleStatement[] {
  const kept: ArticleStatement[] = [];
  const postings = new Map<string, ArticleStatement[]>();
  const words = new Map(statements.map((s) => [s, wordSet(s.text)]));
  const normalized = new Map<ArticleStatement, string>();
  const norm = (s: ArticleStatement) => normalized.get(s) ?? normalized.set(s, normalizeWords(s.text)).get(s)!;
  for (const s of [...statements].sort((a, b) => b.text.length - a.text.length || a.start - b.start)) {
    const key = [...s.speakers].sort().join("|");
    const w = words.get(s)!;
    const listed = (x: string) => postings.get(`${key}\u0000${x}`) ?? [];
    const rarest = [...w].sort((a, b) => listed(a).length - listed(b).length || (a < b ? -1 : 1)).slice(0, Math.floor(w.size * 0.15) + 1);
    const tried = new Set<ArticleStatement>();
    let host: ArticleStatement | undefined;
    for (const x of rarest) {
      for (const k of listed(x)) {
        if (tried.has(k) || tried.size >= MAX_HOSTS_TRIED) continue;
        tried.add(k);
        const kw = words.get(k)!;
        let shared = 0;
        for (const y of w) if (kw.has(y)) shared++;
        countWork(w.size);
        if (shared / w.size >= 0.85 && k.id !== s.id) host = k;
        if (host) break;
      }
      if (host) break;
    }
    if (host) {
      if (norm(s) === norm(host)) host.repeats.push({ start: s.start, end: s.end });
      continue;
    }
    for (const x of w) {
      const list = postings.get(`${key}\u0000${x}`);
      if (list) list.push(s);
      else postings.set(`${key}\u0000${x}`, [s]);
    }
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const byParagraph = new WeakMap<Document, Map<number, Document["sentences"][number][]>>();
/** The sentences of one paragraph, grouped once per document. */
function sentencesOf(doc: Document, paragraph: number): Document["sentences"][number][] {
  let groups = byParagraph.get(doc);
  if (!groups) {
    groups = new Map();
    for (const s of doc.sentences) groups.set(s.paragraph, [...(groups.get(s.paragraph) ?? []), s]);
    byParagraph.set(doc, groups);
  }
  return groups.get(paragraph) ?? [];
}

function paragraphCandidates(doc: Document, index: number, ordinal: number): Candidate[] {
  const text = doc.text;
  const paragraph = doc.paragraphs[index]!;
  const quotes = findQuotes(text, paragraph.start, paragraph.end);
  const sentences = sentencesOf(doc, index);
  const sentenceOf = (at: number): Span => {
    const k = firstStartingAt(sentences, at + 1) - 1;
    const found = k >= 0 && at < sentences[k]!.end ? sentences[k]! : paragraph;
    return { start: found.start, end: found.end };
  };
  const out: Candidate[] = [];
  const previous = index > 0 ? doc.paragraphs[index - 1] : undefined;
  for (const found of findDirectQuotes(text, paragraph, quotes)) {
    const q = (previous && found.quote.open === paragraph.start && attributionAcross(text, found, previous)) || found;
    out.push({
      span: q.text,
      kind: "direct",
      cue: q.cue ?? "",
      channel: q.channel,
      subject: q.subject,
      attribution: q.attribution ?? sentenceOf(q.quote.open),
      sentence: sentenceOf(q.quote.open),
      paragraph: ordinal,
      from: q.continuation ? "continue" : "subject",
    });
  }
  // Direct quotes are disjoint and in text order: the few that may overlap a clause are found by binary search.
  const directs = out.map((d) => d.span);
  const overlapsDirect = (clause: Span) => {
    for (let k = Math.max(0, firstStartingAt(directs, clause.start) - 1); k < directs.length && directs[k]!.start < clause.end; k++) if (overlapShare(directs[k]!, clause) > 0.5) return true;
    return false;
  };
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    for (const r of findReportedSpeech(text, tokens, quotes, sentence)) {
      if (overlapsDirect(r.clause)) continue;
      out.push({ span: r.clause, kind: "indirect", cue: r.cue, channel: r.channel, subject: r.subject, attribution: r.attribution, sentence: { start: sentence.start, end: sentence.end }, paragraph: ordinal, from: r.participle ? "main" : "subject" });
    }
  }
  const body = text.slice(paragraph.start, paragraph.end);
  const headline = looksLikeHeadline(body);
  const dash = headline ? DASH_HEADLINE.exec(body) : null;
  if (dash) {
    const clause = trimClause(text, paragraph.start, paragraph.start + dash[1]!.length);
    const subjectStart = paragraph.end - dash[2]!.length;
    if (clause && wordCount(text, clause) >= 3) {
      out.push({ span: clause, kind: "indirect", cue: `– ${dash[2]}`, subject: { start: subjectStart, end: paragraph.end }, attribution: { start: subjectStart, end: paragraph.end }, sentence: { start: paragraph.start, end: paragraph.end }, paragraph: ordinal, from: "subject" });
    }
  }
  const colon = (headline || (index === 0 && body.length < 200)) && !out.length ? COLON_HEADLINE.exec(body) : null;
  if (colon) {
    // "Senator Vows Fight: ‘We Will Not Back Down’": the words before the colon must name a known actor.
    const subject = { start: paragraph.start, end: paragraph.start + colon[1]!.length };
    const clause = trimClause(text, subject.end + 1, paragraph.end);
    const named = spansWithin(doc.get("actors").mentions, subject.start, subject.end).some((m) => m.via === "name");
    if (named && clause && wordCount(text, clause) >= 3) {
      out.push({ span: unquoted(text, clause), kind: "direct", cue: ":", subject, attribution: subject, sentence: { start: paragraph.start, end: paragraph.end }, paragraph: ordinal, from: "subject" });
    }
  }
  return out.map((c) => ({ ...c, headline, span: stripLabel(text, c.span) })).sort((a, b) => a.span.start - b.span.start);
}

/** The span without the quotation marks around it, if it is wholly quoted. */
function unquoted(text: string, span: Span): Span {
  const first = text[span.start]!, last = text[span.end - 1]!;
  return /[“"‘']/.test(first) && /[”"’']/.test(last) && span.end - span.start > 2 ? { start: span.start + 1, end: span.end - 1 } : span;
}

/**
 * "🔴 Live: Russia downed…", "05:00am: Russia downs…", "JERUSALEM (Reuters) - Israeli aircraft…": a label or
 * dateline before the claim is not part of it.
 */
function stripLabel(text: string, span: Span): Span {
  const body = text.slice(span.start, span.end);
  const m = /^[^\p{L}\p{N}]*(?:live|update|breaking|watch|video|exclusive|\d{1,2}[:.]\d{2}\s*(?:am|pm)?)\s*:\s+/iu.exec(body) ??
    /^\p{Lu}[\p{Lu}\s.,'’-]{2,40}(?:\s*\([^)]{1,40}\))?\s+[-–—]\s+/u.exec(body);
  return m && m[0].length < body.length ? { start: span.start + m[0].length, end: span.end } : span;
}

function overlapShare(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}

function speakerOf(c: Candidate, earlier: readonly Resolved[], resolver: SpeakerResolver): SpokenBy | undefined {
  if (c.from === "continue") {
    const previous = earlier.at(-1);
    const adjacent = previous && previous.kind === "direct" && c.paragraph - previous.paragraph <= 1 && previous.spokenBy.speakers.length;
    return adjacent ? { speakers: previous.spokenBy.speakers } : undefined;
  }
  if (c.from === "main") {
    // Candidates come in text order: the same sentence's are among the last few.
    for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - 50 && earlier[k]!.paragraph === c.paragraph; k--) {
      const r = earlier[k]!;
      if (r.sentence.start === c.sentence.start && r.spokenBy.speakers.length) return { speakers: r.spokenBy.speakers };
    }
    return resolver.resolve({ start: c.sentence.start, end: c.attribution.start }, c.span, c.paragraph, c.sentence);
  }
  return c.subject ? resolver.resolve(c.subject, c.span, c.paragraph, c.sentence) : undefined;
}

// Titles anyone may hold: looking ahead, "an official" may be whoever speaks next.
const GENERIC_TITLES = new Set(["official", "source", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "diplomat", "representative", "officer"]);

/**
 * Descriptions nobody was found for ("a senior aide to president-elect said"): the person who speaks in the
 * sentence before, or the next person named as a speaker within two paragraphs; else the description itself.
 */
function settlePending(resolved: Resolved[], resolver: SpeakerResolver): void {
  for (let i = resolved.length - 1; i >= 0; i--) {
    const r = resolved[i]!;
    const pending = r.spokenBy.pending;
    if (!pending) continue;
    const isPerson = (k: string) => resolver.actor(k)?.actorType === "person";
    const hasTitle = (k: string) => holdsTitle(resolver.actor(k), pending.head);
    let speakers: string[] | undefined;
    if (pending.qualified) {
      // "the governor of Russia’s Irkutsk region spoke of …" then "Governor Igor Kobzev said": the next
      // person speaker whose role carries the same title.
      const next = findNear(resolved, i, 1, (n) => n.spokenBy.speakers.some(hasTitle));
      speakers = next?.spokenBy.speakers.filter(isPerson);
    } else {
      const previous = findNear(resolved, i, -1, (p) => p.spokenBy.speakers.length > 0);
      const next = findNear(resolved, i, 1, (n) => n.spokenBy.speakers.length > 0);
      const before = previous && previous.paragraph >= r.paragraph - 1 && previous.spokenBy.speakers.some(isPerson) ? previous.spokenBy.speakers.filter(isPerson) : undefined;
      // Looking ahead, a specific title must be the next speaker's ("the mayor" is not the governor named next);
      // a generic one ("an official", "a senior aide") may be anyone's.
      const fits = (k: string) => isPerson(k) && (GENERIC_TITLES.has(pending.head) || hasTitle(k));
      const after = next && next.spokenBy.speakers.some(fits) ? next.spokenBy.speakers.filter(fits) : undefined;
      speakers = r.headline ? after ?? before : before ?? after;
    }
    r.spokenBy = { speakers: speakers?.length ? speakers : [resolver.describedActor(pending.description, "person")] };
  }
}

/** The nearest statement after (step 1) or before (step -1) resolved[i] that passes `test`, within two paragraphs. */
function findNear(resolved: readonly Resolved[], i: number, step: 1 | -1, test: (r: Resolved) => boolean): Resolved | undefined {
  const paragraph = resolved[i]!.paragraph;
  for (let k = i + step; k >= 0 && k < resolved.length && Math.abs(resolved[k]!.paragraph - paragraph) <= 2 && Math.abs(k - i) <= 200; k += step) if (test(resolved[k]!)) return resolved[k];
  return undefined;
}

/** Statement nodes with SAID (from each speaker), ABOUT (actors named inside) and REPORTED_IN edges. */
export function emitStatements(doc: Document, delta: DeltaBuilder): void {
  const { statements } = doc.get("statements");
  const { actors, mentions } = doc.get("actors");
  const article = doc.article.id;
  const nameOf = new Map(actors.map((a) => [a.key, a.name]));
  for (const s of statements) {
    const provenance = [{ article, start: s.start, end: s.end }, ...s.repeats.map((r) => ({ article, ...r }))];
    delta.addNode(s.id, {
      type: "Statement",
      text: s.text,
      kind: s.kind,
      ...(s.cue ? { cue: s.cue } : {}),
      ...(s.channel ? { channel: s.channel } : {}),
      article,
      ...(doc.article.published ? { date: doc.article.published } : {}),
      provenance,
    });
    delta.addEdge(s.id, articleNodeId(article), { type: "REPORTED_IN", provenance });
    for (const speaker of s.speakers) {
      const name = nameOf.get(speaker);
      if (name) delta.addEdge(actorId(name), s.id, { type: "SAID", provenance: [{ article, ...s.attribution }] });
    }
    for (const m of spansWithin(mentions, s.start, s.end)) {
      if (m.via === "pronoun") continue;
      const name = nameOf.get(m.actor);
      if (name) delta.addEdge(s.id, actorId(name), { type: "ABOUT", provenance: [{ article, start: m.start, end: m.end }] });
    }
  }
}

export const statementsStage = defineStage({
  name: "statements",
  requires: ["clean", "actors", "coref"],
  run: findStatements,
  emit: emitStatements,
});
