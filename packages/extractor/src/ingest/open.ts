// Opening an input file without ever blocking. A path listed as a regular file can be replaced by a FIFO (or
// a device) before it is read; a plain open of a FIFO waits for a writer forever. So the file is opened
// non-blocking and its type checked on the open descriptor (fstat), which is what will be read.
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";

export type Opened = { ok: true; handle: FileHandle } | { ok: false; reason: string };

const KINDS: [keyof import("node:fs").Stats, string][] = [
  ["isFIFO", "a FIFO (named pipe)"],
  ["isSocket", "a socket"],
  ["isCharacterDevice", "a character device"],
  ["isBlockDevice", "a block device"],
  ["isDirectory", "a folder"],
];

export async function openRegularFile(path: string): Promise<Opened> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? "no such file (removed after it was listed)" : `cannot read (${code ?? (error as Error).message})` };
  }
  const stat = await handle.stat();
  if (stat.isFile()) return { ok: true, handle };
  await handle.close();
  const kind = KINDS.find(([test]) => (stat[test] as () => boolean).call(stat))?.[1] ?? "not a regular file";
  return { ok: false, reason: `not a regular file: ${kind}` };
}
