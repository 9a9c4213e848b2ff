// Stable ids derived from content: the same actor, statement or event gets the same id in every run.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { EdgeType } from "./schema/generated";
import { normalizeName, normalizeWords } from "./names";

const MAX_SLUG = 80;

/** sha256 of a UTF-8 string, as lowercase hex. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

function shortHash(...parts: string[]): string {
  return sha256Hex(parts.join("\u0000")).slice(0, 16);
}

/** A readable id part from a name; long names keep a readable head and a hash of the whole. */
export function slugify(name: string): string {
  const slug = normalizeName(name).replace(/ /g, "-");
  if (!slug) return `h-${shortHash(name)}`;
  if (slug.length <= MAX_SLUG) return slug;
  return `${slug.slice(0, MAX_SLUG - 17)}-${shortHash(slug)}`;
}

export const actorId = (canonicalName: string): string => `actor:${slugify(canonicalName)}`;
export const placeId = (name: string): string => `place:${slugify(name)}`;
export const agreementId = (name: string): string => `agreement:${slugify(name)}`;
export const articleNodeId = (articleId: string): string => `article:${articleId}`;

/** One statement per article and wording: a quote repeated in a caption is the same node. */
export const statementId = (articleId: string, text: string): string =>
  `statement:${shortHash(articleId, normalizeWords(text))}`;

/** One event per article, type and evidence sentence. */
export const eventId = (articleId: string, eventType: string, evidence: string): string =>
  `event:${shortHash(articleId, eventType, normalizeWords(evidence))}`;

/** Edge keys: TYPE|source|target, plus |role for edge types where two roles between one pair are two edges. */
export function edgeKey(type: EdgeType, source: string, target: string, role?: string): string {
  return role ? `${type}|${source}|${target}|${role}` : `${type}|${source}|${target}`;
}
