// Query options, validated with zod: an unknown key or a bad value is an error, never a silent no-op.
import { z } from "zod";
import {
  ActorTypes,
  AgreementStatuses,
  EdgeTypes,
  EventRoles,
  EventTypes,
  IsoDate,
  StatementKinds,
  type EdgeType,
} from "../schema/generated";
import { InvalidQueryOptionsError } from "./errors";

/** Edges that state a relation between things; MENTIONED_IN and REPORTED_IN only say where it was read. */
export const RELATION_EDGES: readonly EdgeType[] = ["SAID", "ABOUT", "PARTY_TO", "PARTICIPATED_IN", "LOCATED_IN", "AFFILIATED_WITH"];

const nodeInput = z.union([z.string().min(1), z.object({ id: z.string().min(1) }).loose()]);
const dateRange = { since: IsoDate.optional(), until: IsoDate.optional() };

export const ActorsOptionsSchema = z.strictObject({
  name: z.string().min(1).optional(),
  type: z.enum(ActorTypes).optional(),
  article: z.string().min(1).optional(),
});
export const StatementsByOptionsSchema = z.strictObject({
  about: nodeInput.optional(),
  kind: z.enum(StatementKinds).optional(),
  article: z.string().min(1).optional(),
  ...dateRange,
});
export const StatementsAboutOptionsSchema = z.strictObject({ by: nodeInput.optional() });
export const AgreementsOfOptionsSchema = z.strictObject({ status: z.enum(AgreementStatuses).optional() });
export const EventsInvolvingOptionsSchema = z.strictObject({
  type: z.enum(EventTypes).optional(),
  role: z.enum(EventRoles).optional(),
  place: nodeInput.optional(),
  ...dateRange,
});
export const EventsAtOptionsSchema = z.strictObject({ type: z.enum(EventTypes).optional(), ...dateRange });
export const CoMentionedOptionsSchema = z.strictObject({ minArticles: z.number().int().min(1).default(1) });
const viaSchema = z
  .array(z.enum(EdgeTypes).refine((t) => t !== "MENTIONED_IN" && t !== "REPORTED_IN", "paths run over relation edges, not article links"))
  .min(1)
  .optional();
export const PathsOptionsSchema = z.strictObject({
  maxHops: z.number().int().min(1).max(8).default(4),
  via: viaSchema,
  limit: z.number().int().min(1).max(10_000).default(100),
});
export const EgoOptionsSchema = z.strictObject({ via: viaSchema });
export const HopsSchema = z.number().int().min(0).max(6);

export type ActorsOptions = z.input<typeof ActorsOptionsSchema>;
export type StatementsByOptions = z.input<typeof StatementsByOptionsSchema>;
export type StatementsAboutOptions = z.input<typeof StatementsAboutOptionsSchema>;
export type AgreementsOfOptions = z.input<typeof AgreementsOfOptionsSchema>;
export type EventsInvolvingOptions = z.input<typeof EventsInvolvingOptionsSchema>;
export type EventsAtOptions = z.input<typeof EventsAtOptionsSchema>;
export type CoMentionedOptions = z.input<typeof CoMentionedOptionsSchema>;
export type PathsOptions = z.input<typeof PathsOptionsSchema>;
export type EgoOptions = z.input<typeof EgoOptionsSchema>;

/** Parses options for `query`, throwing InvalidQueryOptionsError that names every problem. */
export function parseOptions<S extends z.ZodType>(query: string, schema: S, options: unknown): z.output<S> {
  const parsed = schema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => {
    const path = i.path.map(String).join(".");
    const keys = (i as { keys?: string[] }).keys;
    return keys?.length ? `unknown option ${keys.map((k) => `"${k}"`).join(", ")}` : `${path || "options"}: ${i.message}`;
  });
  throw new InvalidQueryOptionsError(query, problems);
}

/** Whether a known or unknown date falls in [since, until]; with a range set, undated items are left out. */
export function inDateRange(date: string | undefined, range: { since?: string; until?: string }): boolean {
  if (!range.since && !range.until) return true;
  if (!date) return false;
  return (!range.since || date >= range.since) && (!range.until || date <= range.until);
}
