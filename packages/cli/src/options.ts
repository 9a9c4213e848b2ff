// Option parsers shared by the commands: each throws commander's InvalidArgumentError, which commander
// prints as one line naming the option and the bad value.
import { InvalidArgumentError } from "commander";

export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError("expected a whole number, e.g. 4");
  return n;
}

export function parsePositiveNumber(value: string): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a number above 0, e.g. 20 or 0.5");
  return n;
}
