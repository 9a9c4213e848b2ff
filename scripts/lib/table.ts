// Plain-text tables for a terminal: one header row, columns padded, long cells cut with an ellipsis.

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | undefined;
  /** Longest cell width before it is cut (default 60). */
  max?: number;
  align?: "left" | "right";
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`);
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  if (!rows.length) return "(none)";
  const cells = rows.map((row) => columns.map((c) => cut(oneLine(String(c.value(row) ?? "")), c.max ?? 60)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i]!.align === "right" ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
