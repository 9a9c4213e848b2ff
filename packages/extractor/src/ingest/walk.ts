// Inputs to files: paths as given, folders walked recursively in sorted order (by code unit, not
// locale, so every machine lists them the same way). Hidden entries (.git, .DS_Store) are not walked
// but reported, so nothing is dropped without a word. A file's article id is its path inside the folder given
// ("bbc/index.html"), or its name when the file itself was given, so that two files of the same name in
// different subfolders stay two articles.
import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Skipped } from "./types";

export interface InputFile {
  /** The path as given, or joined from a given folder. */
  path: string;
  /** The article id: the path relative to the folder given (with "/"), or the file name. */
  id: string;
  size: number;
}

export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return `cannot read (${code ?? (error as Error).message})`;
}

export function listInputFiles(inputs: readonly string[]): { files: InputFile[]; skipped: Skipped[] } {
  const files: InputFile[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();

  const visit = (path: string, id: string) => {
    let stat;
    let real: string;
    try {
      stat = statSync(path);
      real = realpathSync(path);
    } catch (error) {
      skipped.push({ path, reason: errorReason(error) });
      return;
    }
    if (seen.has(real)) return; // the same file or folder given twice (or reached through a link)
    seen.add(real);
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).sort(byCodeUnit);
      } catch (error) {
        skipped.push({ path, reason: errorReason(error) });
        return;
      }
      for (const entry of entries) {
        if (entry.startsWith(".")) skipped.push({ path: join(path, entry), reason: "hidden entry, not read" });
        else visit(join(path, entry), id ? `${id}/${entry}` : entry);
      }
    } else if (stat.isFile()) {
      files.push({ path, id: id || basename(path), size: stat.size });
    } else {
      skipped.push({ path, reason: "not a regular file or folder" });
    }
  };

  for (const input of inputs) visit(input, "");
  return { files, skipped };
}
