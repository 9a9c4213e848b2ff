// Cross-article resolution: one node per real-world actor. The decision is taken once, from every actor of
// the corpus (and of the graph added to), never article by article: so it does not depend on the order the
// articles come in, and identical texts always resolve identically. Lookups go through hash indexes (name,
// alias and surname keys), so each actor costs O(1) expected, whatever the size of the corpus.
//
// The rules: two actors of one type are one when a name of one is the other's name or a proper-name alias
// ("NSC" and "National Security Council"); a bare surname ("Putin") joins the one known person who carries
// it, and stays apart when two do ("Boris Johnson", "Ben Johnson"). Two people who share a surname but not
// a given name are never merged.
import { normalizeName, type ActorAttributes, type GraphDelta } from "@newsgraph/graph-model";

/** Where a delta's actor id goes: the id and canonical name of the actor it is the same as. */
export interface ActorTarget {
  id: string;
  name: string;
}

/** What resolution reads of an actor. */
export type ActorName = Pick<ActorAttributes, "name" | "actorType" | "aliases">;

interface Entry {
  id: string;
  /** The smallest spelling seen under this id (ids come from names, so spellings differ in case or dashes only). */
  name: string;
  key: string;
  actorType: string;
  /** Two records disagree on the actor type: leave the id alone. */
  conflicting: boolean;
  properAliasKeys: Set<string>;
  aliasKeys: Set<string>;
  /** Already in the graph being added to: may be a target, is never renamed. */
  fixed: boolean;
}

const isProperAlias = (alias: string) => /^\p{Lu}/u.test(alias) && !/^(The|A|An)\s/u.test(alias);

// Lower-case words that occur inside personal names ("Charles de Gaulle", "Ludwig van Beethoven").
const NAME_PARTICLES = new Set(["al", "bin", "ben", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "la", "le", "ter", "van", "von", "y", "zu"]);

/** Every word capitalized but name particles: "Vladimir Putin", "Kim Jong-un", not "Spokesperson for X". */
const isPersonalName = (name: string) => {
  const words = name.trim().split(/\s+/);
  return /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words.at(-1)!) && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
};

class KeyIndex {
  private readonly map = new Map<string, Set<string>>();
  add(key: string, id: string): void {
    const ids = this.map.get(key);
    if (!ids) this.map.set(key, new Set([id]));
    else ids.add(id);
  }
  get(key: string): Iterable<string> {
    return this.map.get(key) ?? [];
  }
}

/**
 * The one id among `ids` that `accept` keeps (after `map`), or undefined when there is none or more than one.
 * Stops at the second distinct one, so a key many actors share costs no more than one few share.
 */
function onlyOne(ids: Iterable<string>, accept: (id: string) => boolean = () => true, map: (id: string) => string = (id) => id): string | undefined {
  let found: string | undefined;
  for (const id of ids) {
    if (!accept(id)) continue;
    const to = map(id);
    if (found === undefined) found = to;
    else if (found !== to) return undefined;
  }
  return found;
}

function hasAny(items: Iterable<unknown>): boolean {
  for (const _ of items) return true;
  return false;
}

function* concat<T>(lists: Iterable<Iterable<T>>): Iterable<T> {
  for (const list of lists) yield* list;
}

export class ActorIndex {
  private readonly entries = new Map<string, Entry>();

  /** Registers the actors of one article's delta (any order: the outcome is the same). */
  addDelta(delta: GraphDelta): void {
    for (const node of delta.nodes) if (node.attributes.type === "Actor") this.addActor(node.id, node.attributes, false);
  }

  /** Registers one actor of an article; `fixed`: an actor of the graph being added to, which keeps its id. */
  add(id: string, actor: ActorName, fixed = false): void {
    this.addActor(id, actor, fixed);
  }

  get size(): number {
    return this.entries.size;
  }

  private addActor(id: string, a: ActorName, fixed: boolean): void {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { id, name: a.name, key: normalizeName(a.name), actorType: a.actorType, conflicting: false, properAliasKeys: new Set(), aliasKeys: new Set(), fixed };
      this.entries.set(id, entry);
    } else {
      if (a.name < entry.name) entry.name = a.name;
      if (a.actorType !== entry.actorType) entry.conflicting = true;
      entry.fixed ||= fixed;
    }
    for (const alias of a.aliases) {
      const key = normalizeName(alias);
      entry.aliasKeys.add(key);
      if (isProperAlias(alias)) entry.properAliasKeys.add(key);
    }
  }

  /** The actor ids to rewrite, each to the id and name of the actor it is the same as. */
  targets(): Map<string, ActorTarget> {
    const entries = [...this.entries.values()].filter((e) => !e.conflicting);
    const byName = new KeyIndex(); // canonical name keys
    const byAnyName = new KeyIndex(); // name and alias keys
    const bySurname = new KeyIndex(); // people with a given name and a surname
    for (const e of entries) {
      const typed = (key: string) => `${e.actorType}\u0000${key}`;
      byName.add(typed(e.key), e.id);
      byAnyName.add(typed(e.key), e.id);
      for (const key of e.aliasKeys) byAnyName.add(typed(key), e.id);
      const words = e.key.split(" ");
      // Only a name that reads as a personal name carries a surname ("a spokesperson for X" does not).
      if (e.actorType === "person" && words.length > 1 && isPersonalName(e.name)) {
        bySurname.add(words.at(-1)!, e.id);
        // "Kim Jong Un": the family name comes first.
        if (words.length >= 3) bySurname.add(words[0]!, e.id);
      }
    }
    const entry = (id: string) => this.entries.get(id)!;
    const direct = new Map<string, string>();
    for (const e of entries) {
      if (e.fixed || (e.actorType === "person" && !e.key.includes(" "))) continue;
      const other = (id: string) => id !== e.id && (e.actorType !== "person" || entry(id).key.includes(" "));
      const typed = (key: string) => `${e.actorType}\u0000${key}`;
      let target = onlyOne(byAnyName.get(typed(e.key)), other);
      if (!target && e.actorType !== "person") target = onlyOne(concat([...e.properAliasKeys].map((k) => byName.get(typed(k)))), other);
      if (target) direct.set(e.id, target);
    }
    const canonical = canonicalMap(direct, (id) => entry(id));
    const canonicalOf = (id: string) => canonical.get(id) ?? id;
    // Bare surnames last, against the actors the full names resolved to.
    for (const e of entries) {
      if (e.fixed || e.actorType !== "person" || e.key.includes(" ")) continue;
      const carriers = bySurname.get(e.key);
      const target = hasAny(carriers)
        ? onlyOne(carriers, () => true, canonicalOf)
        : onlyOne(byAnyName.get(`person\u0000${e.key}`), (id) => id !== e.id && entry(id).key.includes(" "), canonicalOf);
      if (target) canonical.set(e.id, target);
    }
    const out = new Map<string, ActorTarget>();
    for (const [id, to] of canonical) if (to !== id) out.set(id, { id: to, name: entry(to).name });
    return out;
  }
}

/**
 * Follows each id's direct target to the end of its chain. A cycle ("NSC" is an alias of "National Security
 * Council", which lists "NSC") resolves to one member chosen by content: one already in the graph, then the
 * longest name, then the smallest id.
 */
function canonicalMap(direct: ReadonlyMap<string, string>, entry: (id: string) => Entry): Map<string, string> {
  const out = new Map<string, string>();
  const better = (a: string, b: string) => {
    const ea = entry(a);
    const eb = entry(b);
    if (ea.fixed !== eb.fixed) return ea.fixed ? a : b;
    if (ea.key.length !== eb.key.length) return ea.key.length > eb.key.length ? a : b;
    return a < b ? a : b;
  };
  for (const start of direct.keys()) {
    if (out.has(start)) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    let id = start;
    while (!out.has(id) && direct.has(id) && !onPath.has(id)) {
      path.push(id);
      onPath.add(id);
      id = direct.get(id)!;
    }
    let end: string;
    if (out.has(id)) end = out.get(id)!;
    else if (onPath.has(id)) {
      const cycle = path.slice(path.indexOf(id));
      end = cycle.reduce(better);
    } else end = id;
    for (const p of path) out.set(p, end);
  }
  return out;
}
