// Atomic writes: content goes to a temporary file beside the target, is flushed to disk (fsync), then
// renamed over the target, so a reader sees the old file or the new one, never half of one, even after a
// crash. Only a regular file (or nothing) is ever replaced: a device such as /dev/null, a FIFO, a folder or
// a symbolic link is refused, unless the caller asks to write through a link. Temporary files are removed
// when the process is interrupted (SIGINT, SIGTERM) and swept when a killed process left them behind.
import { type Stats, closeSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync, chmodSync, linkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

export interface AtomicWriteOptions {
  /** Write to the file a symbolic link points to (resolved once, first). By default a link is refused. */
  followSymlinks?: boolean;
}

export type Chunk = string | Uint8Array;

export class UnsafeTargetError extends Error {
  readonly code = "EUNSAFETARGET";
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = "UnsafeTargetError";
  }
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a folder";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/** The path to write: the target itself, or a link's target when asked; refuses anything but a regular file. */
export function writableTarget(path: string, options: AtomicWriteOptions = {}): string {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return path;
    throw error;
  }
  if (stats.isSymbolicLink()) {
    if (!options.followSymlinks) {
      let to = "(a missing file)";
      try {
        to = realpathSync(path);
      } catch {}
      throw new UnsafeTargetError(path, `is a symbolic link to ${to}: not replacing it; to write there, give that path instead`);
    }
    let resolved: string;
    try {
      resolved = realpathSync(path);
    } catch {
      throw new UnsafeTargetError(path, "is a symbolic link to a missing file: not replacing it");
    }
    return writableTarget(resolved);
  }
  if (!stats.isFile()) throw new UnsafeTargetError(path, `is ${kindOf(stats)}, not a regular file: refusing to replace it`);
  return path;
}

// Temporary files of this process still being written: removed if a signal ends the process.
const live = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // With no other listener the default action (exit) must still happen: raise the signal again.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function track(tmp: string): void {
  if (live.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  live.add(tmp);
}

function untrack(tmp: string): void {
  live.delete(tmp);
  if (live.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

const TMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp(\.old)?$/;
const STALE_MS = 24 * 3600 * 1000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temporary files of earlier writes to `target` left by a process that no longer runs (or a day old). */
export function sweepStaleTemporaries(target: string): string[] {
  const folder = dirname(target), name = basename(target);
  const swept: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return swept;
  }
  for (const entry of entries) {
    const match = TMP_NAME.exec(entry);
    if (!match || match[1] !== name) continue;
    const path = join(folder, entry);
    const pid = Number(match[2]);
    try {
      const stale = (pid !== process.pid && !isAlive(pid)) || Date.now() - statSync(path).mtimeMs > STALE_MS;
      if (stale && !live.has(path)) {
        rmSync(path, { force: true });
        swept.push(path);
      }
    } catch {}
  }
  return swept;
}

function writeAll(fd: number, chunk: Chunk): void {
  const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** Flushes a folder's entry list, so that a rename in it survives a crash (where the system allows it). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder: the rename is still atomic, only its durability is weaker.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** One file being written: a temporary file beside its target until commit() renames it into place. */
class PendingFile {
  readonly target: string;
  readonly tmp: string;
  private fd: number | undefined;

  constructor(path: string, options: AtomicWriteOptions) {
    this.target = writableTarget(path, options);
    mkdirSync(dirname(this.target), { recursive: true });
    sweepStaleTemporaries(this.target);
    this.tmp = join(dirname(this.target), `.${basename(this.target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    track(this.tmp);
    try {
      this.fd = openSync(this.tmp, "wx");
      // A replaced file keeps its permissions.
      try {
        chmodSync(this.tmp, statSync(this.target).mode & 0o7777);
      } catch {}
    } catch (error) {
      untrack(this.tmp);
      throw error;
    }
  }

  write(chunk: Chunk): void {
    writeAll(this.fd!, chunk);
  }

  /** Content on disk, file closed: ready to be renamed. */
  finish(): void {
    fsyncSync(this.fd!);
    if (!fstatSync(this.fd!).isFile()) throw new Error(`${this.tmp}: temporary file replaced while writing`);
    closeSync(this.fd!);
    this.fd = undefined;
  }

  rename(): void {
    renameSync(this.tmp, this.target);
    untrack(this.tmp);
    syncFolder(dirname(this.target));
  }

  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {}
      this.fd = undefined;
    }
    rmSync(this.tmp, { force: true });
    untrack(this.tmp);
  }
}

export interface FileToWrite {
  path: string;
  chunks: Iterable<Chunk>;
}

/**
 * Writes several files so that they change together: every temporary file is written and flushed first
 * (a failure there replaces nothing), then they are renamed into place one by one, and if a rename fails
 * the files already replaced get their old content back. Used for a graph and its run report, so that a
 * failure of one never leaves the other describing a different graph.
 */
export function writeFilesAtomic(files: readonly FileToWrite[], options: AtomicWriteOptions = {}): void {
  const pending: PendingFile[] = [];
  try {
    for (const file of files) {
      const p = new PendingFile(file.path, options);
      pending.push(p);
      for (const chunk of file.chunks) p.write(chunk);
      p.finish();
    }
  } catch (error) {
    for (const p of pending) p.abort();
    throw error;
  }
  commitTogether(pending);
}

function commitTogether(pending: PendingFile[]): void {
  // Hard links keep the old contents until every rename has succeeded.
  const backups = pending.map((p) => {
    const backup = `${p.tmp}.old`;
    try {
      linkSync(p.target, backup);
      return backup;
    } catch {
      return undefined;
    }
  });
  let done = 0;
  try {
    for (; done < pending.length; done++) pending[done]!.rename();
  } catch (error) {
    for (let i = 0; i < done; i++) {
      const backup = backups[i];
      if (backup) renameSync(backup, pending[i]!.target);
      else rmSync(pending[i]!.target, { force: true });
    }
    for (const p of pending.slice(done)) p.abort();
    throw error;
  } finally {
    for (const backup of backups) if (backup) rmSync(backup, { force: true });
  }
}

/** Writes a file through a temporary file and a rename: readers never see half a file. */
export function writeFileAtomic(path: string, data: Chunk, options: AtomicWriteOptions = {}): void {
  writeFilesAtomic([{ path, chunks: [data] }], options);
}

/** writeFileAtomic for content that comes in pieces, so that a large file never sits whole in memory. */
export function writeChunksAtomic(path: string, chunks: Iterable<Chunk>, options: AtomicWriteOptions = {}): void {
  writeFilesAtomic([{ path, chunks }], options);
}

/**
 * writeChunksAtomic for pieces that come asynchronously: the event loop runs between pieces, so an
 * interrupted write (SIGINT, SIGTERM) removes its temporary file and leaves the target as it was.
 */
export async function writeChunksAtomicAsync(path: string, chunks: AsyncIterable<Chunk> | Iterable<Chunk>, options: AtomicWriteOptions = {}): Promise<void> {
  const pending = new PendingFile(path, options);
  try {
    for await (const chunk of chunks) pending.write(chunk);
    pending.finish();
  } catch (error) {
    pending.abort();
    throw error;
  }
  commitTogether([pending]);
}
