// A counter of elementary steps (characters scanned, candidates compared) in the loops whose length depends
// on the input. Tests bound work per character with it, on any input shape, without timing anything: a
// stage that turns quadratic shows up as work growing faster than the text.
let steps = 0;

export function countWork(n: number): void {
  steps += n;
}

export function workDone(): number {
  return steps;
}
