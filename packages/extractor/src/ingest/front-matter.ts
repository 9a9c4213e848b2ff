// Markdown front matter: `key: value` lines between a first line `---` and a closing `---` (or `...`).
//
// Offsets must index the file as read by Node, so the front matter is not cut off: its characters are
// replaced by spaces (line breaks kept). The article text then has the same length as the file, every
// body span reads the same in both, and the extractor never sees the metadata as prose.

export interface FrontMatter {
  /** Lowercased keys, unquoted values. */
  fields: Record<string, string>;
  /** The file text with the front matter blanked out; same length as the input. */
  text: string;
  /** Where the body starts (0 when there is no front matter). */
  bodyStart: number;
  /** Set when a front matter block was opened and never closed (the file is then read as all body). */
  problem?: string;
}

const OPEN = /^(\uFEFF?)---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2]! : value;
}

export function splitFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { fields: {}, text, bodyStart: 0 };
  const blockStart = open[0].length;
  const close = CLOSE.exec(text.slice(blockStart));
  if (!close) return { fields: {}, text, bodyStart: 0, problem: "front matter opened with --- but never closed; read the whole file as the article" };
  const block = text.slice(blockStart, blockStart + close.index);
  const bodyStart = blockStart + close.index + close[0].length;
  const fields: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const field = FIELD.exec(line);
    if (field && field[2]) fields[field[1]!.toLowerCase()] ??= unquote(field[2]);
  }
  const blanked = open[1]! + text.slice(open[1]!.length, bodyStart).replace(/[^\r\n]/g, " ");
  return { fields, text: blanked + text.slice(bodyStart), bodyStart };
}
