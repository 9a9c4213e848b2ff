// CSV files in the header conventions of `neo4j-admin database import full`: one file per node label
// (`id:ID`, `:LABEL`, typed columns) and one per relationship type (`:START_ID`, `:END_ID`, `:TYPE`), with
// the same properties as a push (see ../neo4j/properties.ts). The fastest way to load a big graph into a
// new database. Browser-safe: returns file contents, the caller writes them.
//
// Conventions: every present value is quoted ("" inside doubled), so commas, quotes and newlines survive
// (hence --multiline-fields=true); an absent value or an empty list is an empty unquoted field (no
// property); list elements are joined by U+001F, a control character no text of the graph may hold
// (writing fails if one does), hence --array-delimiter=U+001F.
import { EdgeTypes, NodeTypes, type EdgeType, type NodeType } from "../schema/generated";
import type { SerializedGraph } from "../serialize";
import { edgePropertyKinds, encodeSpan, nodePropertyKinds, nodeToRow, type PropertyKind, type PropertyValue } from "../neo4j/properties";
import { schemaScript } from "../neo4j/statements";

export const ARRAY_DELIMITER = "\u001f";

export interface CsvFile {
  /** File name, relative to the output folder. */
  name: string;
  content: string;
  rows: number;
}

export interface Neo4jAdminExport {
  files: CsvFile[];
  /** The import command, for files written in `folder`. */
  command: (folder: string, database?: string) => string;
}

const TYPE_SUFFIX: Record<PropertyKind, string> = { string: "", "string[]": ":string[]", spans: ":string[]", integer: ":long" };

const quoteRaw = (text: string) => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);
const SPECIAL = /["\u001f]/;

function quote(text: string): string {
  if (!SPECIAL.test(text)) return `"${text}"`;
  if (text.includes(ARRAY_DELIMITER)) throw new Error(`a value holds U+001F, the CSV array delimiter: ${JSON.stringify(text.slice(0, 60))}`);
  return quoteRaw(text);
}

function field(value: PropertyValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value.length === 0) return "";
  return quoteRaw((value as (string | number)[]).map((v) => {
    const text = String(v);
    if (text.includes(ARRAY_DELIMITER)) throw new Error(`a list element holds U+001F, the CSV array delimiter: ${JSON.stringify(text.slice(0, 60))}`);
    return text;
  }).join(ARRAY_DELIMITER));
}

export const nodesFileName = (label: NodeType) => `nodes-${label}.csv`;
export const relationshipsFileName = (type: EdgeType) => `relationships-${type}.csv`;
export const SCHEMA_FILE = "constraints.cypher";

/** One CSV file being written: its property columns and its lines, header first. */
interface Table {
  columns: string[];
  lines: string[];
}

const NODE_ID_COLUMNS = ["id:ID", ":LABEL"];
const EDGE_ID_COLUMNS = [":START_ID", ":END_ID", ":TYPE", "key"];

/** The table of `key`, started with its header on first use. */
function tableOf<K>(tables: Map<K, Table>, key: K, idColumns: string[], kindsOf: (key: K) => [string, PropertyKind][]): Table {
  let table = tables.get(key);
  if (!table) {
    const kinds = kindsOf(key);
    table = { columns: kinds.map(([k]) => k), lines: [[...idColumns, ...kinds.map(([k, kind]) => `${k}${TYPE_SUFFIX[kind]}`)].join(",")] };
    tables.set(key, table);
  }
  return table;
}

/** The CSV files of a graph, one per node label and relationship type present, plus the constraints script. */
export function toNeo4jAdminCsv(graph: SerializedGraph): Neo4jAdminExport {
  const nodeTables = new Map<NodeType, Table>();
  for (const node of graph.nodes) {
    const label = node.attributes.type;
    const { columns, lines } = tableOf(nodeTables, label, NODE_ID_COLUMNS, nodePropertyKinds);
    const row = nodeToRow(node.key, node.attributes);
    let line = `${quote(node.key)},${label}`;
    for (const k of columns) line += `,${field(row[k])}`;
    lines.push(line);
  }
  const edgeTables = new Map<EdgeType, Table>();
  for (const edge of graph.edges) {
    const type = edge.attributes.type;
    const { columns, lines } = tableOf(edgeTables, type, EDGE_ID_COLUMNS, edgePropertyKinds);
    // Relationships are most of the rows: their few columns are written without an intermediate row.
    const attrs = edge.attributes as unknown as Record<string, unknown>;
    let line = `${quote(edge.source)},${quote(edge.target)},${type},${quote(edge.key)}`;
    for (const k of columns) {
      const spans = edge.attributes.provenance;
      if (k !== "provenance") line += `,${field(attrs[k] as string | undefined)}`;
      else line += spans.length === 1 ? `,${quote(encodeSpan(spans[0]!))}` : `,${field(spans.map(encodeSpan))}`;
    }
    lines.push(line);
  }
  const csvFile = (name: string, { lines }: Table): CsvFile => ({ name, content: `${lines.join("\n")}\n`, rows: lines.length - 1 });
  const csvFiles = [
    ...NodeTypes.filter((label) => nodeTables.has(label)).map((label) => csvFile(nodesFileName(label), nodeTables.get(label)!)),
    ...EdgeTypes.filter((type) => edgeTables.has(type)).map((type) => csvFile(relationshipsFileName(type), edgeTables.get(type)!)),
  ];
  const files = [...csvFiles, { name: SCHEMA_FILE, content: schemaScript(), rows: 0 }];
  return { files, command: (folder, database = "neo4j") => importCommand(csvFiles, folder, database) };
}

const shellQuote = (text: string) => (/^[\w./:=@+-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);

function importCommand(files: CsvFile[], folder: string, database: string): string {
  const path = (name: string) => shellQuote(`${folder.replace(/\/+$/, "")}/${name}`);
  const args = files.map((f) => (f.name.startsWith("nodes-") ? `--nodes=${path(f.name)}` : `--relationships=${path(f.name)}`));
  return [
    `neo4j-admin database import full ${shellQuote(database)}`,
    ...args,
    "--id-type=string --array-delimiter=U+001F --multiline-fields=true --overwrite-destination=true",
  ].join(" \\\n  ") +
    // An import refuses a database that exists (any server that has started once has `neo4j`) unless
    // told to replace it, and needs it stopped.
    `\n# run it with the database stopped (Community: neo4j stop); it replaces the database's contents` +
    `\n# then, with the server started: cypher-shell -d ${shellQuote(database)} -f ${path(SCHEMA_FILE)}`;
}
