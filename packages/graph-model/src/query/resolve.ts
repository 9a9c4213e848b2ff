// From what an investigator types ("Putin", "the mutual defence treaty", "actor:kim-jong-un") to one node:
// its id, then an exact name or alias, then every word of the input within one name; several answers are
// an AmbiguousNodeError, none an UnknownNodeError with the closest names. The same rules on every store.
import { normalizeName } from "../names";
import { AmbiguousActorError, AmbiguousNodeError, UnknownActorError, UnknownNodeError, type Candidate } from "./errors";
import type { NodeInput } from "./types";

export interface NamedNode {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Words that tell two candidates apart in an error message. */
  detail?: string;
}

const MAX_SUGGESTIONS = 5;

/** What a resolver needs of a node; both stores give these fields. */
export interface NameFields {
  type: string;
  name?: string;
  aliases?: readonly string[];
  actorType?: string;
  roles?: readonly string[];
  placeType?: string;
  agreementType?: string;
  status?: string;
  title?: string;
}

/** How a node of each resolvable kind is listed: articles by their article id, the rest by graph id. */
export function namedNode(id: string, a: NameFields): NamedNode {
  const name = a.name ?? id;
  switch (a.type) {
    case "Actor":
      return { id, name, aliases: a.aliases ?? [], detail: [a.actorType, ...[...(a.roles ?? [])].sort()].filter(Boolean).join(", ") };
    case "Place":
      return { id, name, aliases: a.aliases ?? [], ...(a.placeType ? { detail: a.placeType } : {}) };
    case "Agreement":
      return { id, name, aliases: [], detail: `${a.agreementType}, ${a.status}` };
    case "Article":
      return { id: name, name, aliases: a.title ? [a.title] : [] };
    default:
      return { id, name: id, aliases: [] };
  }
}

function bigrams(text: string): Map<string, number> {
  const padded = ` ${text} `;
  const out = new Map<string, number>();
  for (let i = 0; i < padded.length - 1; i++) {
    const g = padded.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of character bigrams of two normalized names: 1 for equal, 0 for nothing shared. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a), y = bigrams(b);
  let shared = 0, total = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

const containsWords = (name: string, words: readonly string[]) => {
  const have = new Set(name.split(" "));
  return words.every((w) => have.has(w));
};

const byNameThenId = (a: NamedNode, b: NamedNode) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const candidate = (n: NamedNode): Candidate => ({ id: n.id, name: n.name, ...(n.detail ? { detail: n.detail } : {}) });

/** The names of one kind of node (actors, places, agreements, articles), for resolving what users type. */
export class NameResolver {
  private readonly byId = new Map<string, NamedNode>();
  private readonly byExact = new Map<string, NamedNode[]>();

  constructor(readonly what: string, nodes: Iterable<NamedNode>) {
    for (const node of nodes) {
      this.byId.set(node.id, node);
      for (const name of new Set([node.name, ...node.aliases].map(normalizeName))) {
        if (!name) continue;
        const list = this.byExact.get(name) ?? [];
        list.push(node);
        this.byExact.set(name, list);
      }
    }
  }

  get size(): number {
    return this.byId.size;
  }

  node(id: string): NamedNode | undefined {
    return this.byId.get(id);
  }

  /** Every node the input could mean: the id, else exact names, else names holding all its words. */
  matches(input: string): NamedNode[] {
    const byId = this.byId.get(input);
    if (byId) return [byId];
    const key = normalizeName(input);
    if (!key) return [];
    const exact = this.byExact.get(key);
    if (exact?.length) return [...new Set(exact)].sort(byNameThenId);
    const words = key.split(" ");
    const found = new Set<NamedNode>();
    for (const [name, nodes] of this.byExact) if (containsWords(name, words)) nodes.forEach((n) => found.add(n));
    return [...found].sort(byNameThenId);
  }

  /** Exactly one node, or an error listing the candidates / the closest names. */
  resolve(input: NodeInput): string {
    const text = typeof input === "string" ? input : input.id;
    const found = this.matches(text);
    if (found.length === 1) return found[0]!.id;
    if (found.length > 1) {
      const list = found.map(candidate);
      throw this.what === "actor" ? new AmbiguousActorError(text, list) : new AmbiguousNodeError(this.what, text, list);
    }
    throw this.unknown(text);
  }

  unknown(input: string): UnknownNodeError {
    const suggestions = this.suggest(input).map(candidate);
    return this.what === "actor" ? new UnknownActorError(input, suggestions) : new UnknownNodeError(this.what, input, suggestions);
  }

  /** The closest names by bigram similarity, for "did you mean". */
  suggest(input: string): NamedNode[] {
    const key = normalizeName(input);
    const scored: { node: NamedNode; score: number }[] = [];
    for (const node of this.byId.values()) {
      const score = Math.max(...[node.name, ...node.aliases].map((n) => nameSimilarity(key, normalizeName(n))));
      if (score >= 0.35) scored.push({ node, score });
    }
    scored.sort((a, b) => b.score - a.score || byNameThenId(a.node, b.node));
    return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.node);
  }
}
