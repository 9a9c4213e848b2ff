// Gephi, GEXF and GraphML hold only scalar attributes. One encoding for both formats:
//   string lists (aliases, roles, statusHistory) → the items joined with "|" (GEXF's own liststring form),
//   objects and lists of objects (provenance, counts) → a JSON string,
//   provenance also → `articles`: the ids of the articles it points into, "|"-joined,
// and every node gets a `label` so that Gephi shows something: a name, the start of a quote, an event's
// label, an article's title.
import type { EdgeAttributes, NodeAttributes } from "../schema/generated";

export type Scalar = string | number | boolean;
export type FlatAttributes = Record<string, Scalar>;

export const LIST_SEPARATOR = "|";
const LABEL_LENGTH = 80;

// Characters XML 1.0 cannot hold at all (C0 controls other than tab/newline/return, lone surrogates,
// U+FFFE/U+FFFF): dropped, or no reader would open the file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const xmlSafe = (text: string): string => text.replace(NOT_XML, "");

function flatValue(value: unknown): Scalar | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return xmlSafe(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return xmlSafe(value.join(LIST_SEPARATOR));
  return xmlSafe(JSON.stringify(value));
}

function flatten(attributes: Record<string, unknown>): FlatAttributes {
  const out: FlatAttributes = {};
  for (const key of Object.keys(attributes).sort()) {
    const value = flatValue(attributes[key]);
    if (value !== undefined) out[key] = value;
  }
  const provenance = attributes.provenance as { article: string }[] | undefined;
  if (provenance) out.articles = xmlSafe([...new Set(provenance.map((p) => p.article))].sort().join(LIST_SEPARATOR));
  return out;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= LABEL_LENGTH ? oneLine : `${oneLine.slice(0, LABEL_LENGTH - 1)}…`;
}

/** What a person should see on a node: its name, the start of its words, its label or its title. */
export function nodeLabel(attributes: NodeAttributes): string {
  switch (attributes.type) {
    case "Statement":
      return xmlSafe(shorten(attributes.text));
    case "Event":
      return xmlSafe(attributes.label);
    case "Article":
      return xmlSafe(attributes.title || attributes.name);
    default:
      return xmlSafe(attributes.name);
  }
}

export function edgeLabel(attributes: EdgeAttributes): string {
  const role = (attributes as { role?: string }).role;
  return xmlSafe(role ? `${attributes.type} (${role})` : attributes.type);
}

/** Node attributes as scalars, with `label`. */
export function flatNodeAttributes(attributes: NodeAttributes): FlatAttributes {
  return { ...flatten(attributes), label: nodeLabel(attributes) };
}

/** Edge attributes as scalars, with `label`. */
export function flatEdgeAttributes(attributes: EdgeAttributes): FlatAttributes {
  return { ...flatten(attributes), label: edgeLabel(attributes) };
}
