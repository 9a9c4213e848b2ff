// Publication dates to YYYY-MM-DD. ISO dates are read strictly; anything else goes through chrono-node,
// and is kept only when the day, month and year are all stated: chrono fills a missing year from the
// current date, which would make the same input give different graphs on different days.
import * as chrono from "chrono-node";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The date as YYYY-MM-DD, or undefined when it is not a full calendar date. */
export function normalizeDate(value: string): string | undefined {
  const trimmed = value.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parsed = chrono.strict.parse(trimmed, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!parsed) return undefined;
  const { start } = parsed;
  if (!start.isCertain("day") || !start.isCertain("month") || !start.isCertain("year")) return undefined;
  return validDate(start.get("year")!, start.get("month")!, start.get("day")!);
}
