// Gephi, GEXF and GraphML hold only scalar attributes. One encoding for both formats:
//   string lists (aliases, roles, statusHistory) → the items joined with "|" (GEXF's own liststring form),
//   objects and lists of objects (provenance, counts) → a JSON string, provenance spans with both offset
//   units when the article texts are known (see code-points.ts),
//   provenance also → `articles`: the ids of the articles it points into, "|"-joined,
// and every node gets a `label` so that Gephi shows something: a name, the start of a quote, an event's
// label, an article's title.
import type { EdgeAttributes, NodeAttributes, Provenance } from "../schema/generated";
import type { SpanWithCodePoints } from "./code-points";

/** What turns a record's provenance into the spans written: with code point offsets added, for instance. */
export type SpanWriter = (spans: readonly Provenance[]) => readonly (Provenance | SpanWithCodePoints)[];

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

function flatten(attributes: Record<string, unknown>, spans?: SpanWriter): FlatAttributes {
  const out: FlatAttributes = {};
  for (const key of Object.keys(attributes).sort()) {
    const raw = attributes[key];
    const value = flatValue(key === "provenance" && spans ? spans(raw as Provenance[]) : raw);
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
export function flatNodeAttributes(attributes: NodeAttributes, spans?: SpanWriter): FlatAttributes {
  return { ...flatten(attributes, spans), label: nodeLabel(attributes) };
}

/** Edge attributes as scalars, with `label`. */
export function flatEdgeAttributes(attributes: EdgeAttributes, spans?: SpanWriter): FlatAttributes {
  return { ...flatten(attributes, spans), label: edgeLabel(attributes) };
}

export type ScalarType = "string" | "int" | "double" | "boolean";

function scalarType(value: Scalar): ScalarType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff ? "int" : "double";
  return "string";
}

const isNumeric = (type: ScalarType) => type === "int" || type === "double";

/** The one type that holds values of both types: int and double widen to double, anything else to string. */
function widen(a: ScalarType | undefined, b: ScalarType): ScalarType {
  if (!a || a === b) return b;
  return isNumeric(a) && isNumeric(b) ? "double" : "string";
}

/** The type of each attribute over all rows, by name, sorted: what GEXF and GraphML declare before the records. */
export function attributeTypes(rows: Iterable<FlatAttributes>): Map<string, ScalarType> {
  const types = new Map<string, ScalarType>();
  for (const row of rows) for (const name in row) types.set(name, widen(types.get(name), scalarType(row[name]!)));
  return new Map([...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** XML text or attribute value: markup escaped, and line breaks and tabs as references so attribute values keep them. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"\n\r\t]/g, (c) => XML_ESCAPES[c]!);
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;" };
