// Numbers an event is told with: drones launched and destroyed, people killed and injured, villages evacuated,
// troops deployed. Read from the trigger's clause only.
import type { CountKind, EventType } from "@newsgraph/graph-model";
import type { Span } from "../../document/types";
import { WEAPONS, TROOPS } from "./lexicon";
import { tokenize, type Token } from "./text";
import { wordLexicon } from "../../lexicons/lookup";

const WORD_NUMBERS: Record<string, number> = wordLexicon({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
});
const PEOPLE = new Set(["people", "person", "persons", "civilians", "civilian", "soldiers", "children", "child", "boy", "boys", "girl", "girls", "men", "women", "residents", "servicemen", "troops", "workers", "passengers", "others"]);
const KILLED = /^(killed|killing|dead|died|death|deaths|lives)$/;
const INJURED = /^(injured|injuring|wounded|wounding|hurt|injuries)$/;
const PLACES = /^(villages|towns|settlements|homes|houses|people|residents|civilians)$/;

/** The number a token states, or undefined: "17", "50,000", "seven", "a dozen". */
export function numberOf(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(t.lower)) return Number(t.lower.replace(/,/g, ""));
  if (t.lower in WORD_NUMBERS) return WORD_NUMBERS[t.lower];
  return undefined;
}

export function findCounts(text: string, clause: Span, eventType: EventType): Partial<Record<CountKind, number>> {
  const tokens = tokenize(text, clause);
  const counts: Partial<Record<CountKind, number>> = {};
  const set = (kind: CountKind, n: number) => {
    if (counts[kind] === undefined) counts[kind] = n;
  };
  for (let i = 0; i < tokens.length; i++) {
    const n = numberOf(tokens, i);
    if (n === undefined || /^\d{4}$/.test(tokens[i]!.lower) && n > 1900 && n < 2100) continue;
    const nextWords = tokens.slice(i + 1, i + 5).map((t) => t.lower);
    const prevWords = tokens.slice(Math.max(0, i - 4), i).map((t) => t.lower);
    const noun = nextWords.find((w) => WEAPONS.has(w) || PEOPLE.has(w) || TROOPS.has(w) || PLACES.test(w));
    if ((eventType === "attack" || eventType === "interception") && noun && WEAPONS.has(noun)) {
      const k = tokens.findIndex((t, j) => j > i && t.lower === noun);
      // "41 of the 58 drones launched": the first number is a part, told by the verb before it.
      const part = tokens.slice(i + 1, k).some((_, j) => numberOf(tokens, i + 1 + j) !== undefined);
      const launched = !part && (tokens[k + 1]?.lower === "launched" || prevWords.some((w) => /^(launched|fired|sent)$/.test(w)));
      const destroyed = prevWords.some((w) => /^(destroyed|downed|intercepted|shot|down|off)$/.test(w)) || /^(destroyed|downed|intercepted)$/.test(tokens[k + 1]?.lower ?? "");
      if (launched) set("launched", n);
      else if (destroyed || eventType === "interception") set(prevWords.includes("intercepted") ? "intercepted" : "destroyed", n);
      else set("launched", n);
    } else if (eventType === "casualties") {
      // The nearest casualty word decides: "killed 12 soldiers and more than 60 wounded".
      let best: { kind: CountKind; distance: number } | undefined;
      for (let k = Math.max(0, i - 4); k < Math.min(tokens.length, i + 8); k++) {
        const w = tokens[k]!.lower;
        const kind: CountKind | undefined = KILLED.test(w) ? "killed" : INJURED.test(w) ? "injured" : undefined;
        const distance = k < i ? (i - k) * 1.5 : k - i;
        if (kind && (!best || distance < best.distance)) best = { kind, distance };
      }
      if (best) set(best.kind, n);
    } else if (eventType === "evacuation" && noun && PLACES.test(noun)) {
      set("evacuated", n);
    } else if (eventType === "deployment_mobilization" && noun && TROOPS.has(noun)) {
      set("deployed", n);
    }
  }
  return counts;
}
