// Serves the built viewer from dist/: fixed content types, no directory listing, no path escapes.
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** The file for a URL path, or null when it is not a file of dist/. */
export async function readStatic(distDir: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = normalize(decoded === "/" ? "/index.html" : decoded).replace(/^([/\\])+/, "");
  const full = join(distDir, relative);
  if (!full.startsWith(distDir + sep) || relative.split(/[/\\]/).some((part) => part.startsWith("."))) return null;
  const type = TYPES[extname(full)];
  if (!type) return null;
  try {
    return { body: await readFile(full), type };
  } catch {
    return null;
  }
}
