// The actors of one article while they are being found: one entry per real-world actor, keyed by its
// normalized canonical name, with every surface form and mention.
import { normalizeName, type ActorType } from "@newsgraph/graph-model";
import type { ActorMention, ArticleActor } from "./types";

export interface ActorDraft {
  name: string;
  actorType: ActorType;
  role?: string;
  affiliation?: string;
  country?: string;
  evidence: string;
}

export class ActorRegistry {
  private readonly actors = new Map<string, ArticleActor>();
  private readonly mentions: ActorMention[] = [];
  private readonly mentionKeys = new Set<string>();
  /** People with a name of two words or more, rebuilt when an actor is added (looked up once per surname). */
  private people?: { actor: ArticleActor; first: string; last: string }[];

  /** Adds (or merges into) the actor and records a mention of it; returns its key. */
  add(draft: ActorDraft, surface: string, span: { start: number; end: number }, via: ActorMention["via"] = "name"): string {
    const key = normalizeName(draft.name);
    let actor = this.actors.get(key);
    if (!actor) {
      actor = { key, name: draft.name, actorType: draft.actorType, aliases: [], roles: [], evidence: draft.evidence };
      this.actors.set(key, actor);
      this.people = undefined;
    }
    if (draft.role) this.addRole(key, draft.role);
    actor.affiliation ??= draft.affiliation;
    actor.country ??= draft.country;
    this.alias(key, surface);
    this.mention(key, span, via);
    return key;
  }

  alias(key: string, surface: string): void {
    const actor = this.actors.get(key);
    const clean = cleanSurface(surface);
    if (actor && clean && clean !== actor.name && !actor.aliases.includes(clean)) actor.aliases.push(clean);
  }

  addRole(key: string, role: string): void {
    const actor = this.actors.get(key);
    const clean = cleanSurface(role).replace(/^(?:mr|mrs|ms|miss|dr|sir)\.?(?:\s+|$)/i, "");
    if (actor && clean && !actor.roles.includes(clean)) actor.roles.push(clean);
  }

  mention(key: string, span: { start: number; end: number }, via: ActorMention["via"] = "name"): void {
    const id = `${span.start}:${span.end}:${key}`;
    if (this.mentionKeys.has(id)) return;
    this.mentionKeys.add(id);
    this.mentions.push({ start: span.start, end: span.end, actor: key, via });
  }

  get(key: string): ArticleActor | undefined {
    return this.actors.get(key);
  }

  all(): ArticleActor[] {
    return [...this.actors.values()];
  }

  allMentions(): ActorMention[] {
    return [...this.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** People whose name has the given word as its last (or, failing that, first) word. */
  peopleNamed(word: string): ArticleActor[] {
    const w = normalizeName(word);
    this.people ??= this.all().filter((a) => a.actorType === "person" && a.key.includes(" ")).map((actor) => ({ actor, first: actor.key.split(" ")[0]!, last: surnameOf(actor.key) }));
    const byLast = this.people.filter((p) => p.last === w);
    return (byLast.length ? byLast : this.people.filter((p) => p.first === w)).map((p) => p.actor);
  }
}

/** The last word of a normalized name that is not a generational suffix: "biden" in "joseph r biden jr". */
export function surnameOf(key: string): string {
  const words = key.split(" ");
  while (words.length > 1 && SUFFIXES.has(words.at(-1)!)) words.pop();
  return words.at(-1)!;
}
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** A surface form as an alias: no leading determiner or possessive pronoun, no possessive ending or punctuation. */
export function cleanSurface(surface: string): string {
  return surface
    .replace(/\s+/g, " ")
    .replace(/^[\s"“”‘’'(\[,;:–—-]+|[\s"“”‘’'(),;:.–—-]+$/g, "")
    .replace(/['’]s$/u, "")
    .trim();
}
