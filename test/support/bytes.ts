// Byte-for-byte comparison of files. expect(buffer).toEqual(buffer) walks megabytes element by element
// (seconds per call); Buffer.equals is one memcmp, and a failure still says where the files part.
import { readFileSync } from "node:fs";
import { expect } from "vitest";

const bytesOf = (x: string | Uint8Array) => (typeof x === "string" ? readFileSync(x) : Buffer.from(x.buffer, x.byteOffset, x.byteLength));

/** Fails unless both (paths or bytes) hold the same bytes, naming the first offset where they differ. */
export function expectSameBytes(actual: string | Uint8Array, expected: string | Uint8Array): void {
  const a = bytesOf(actual), b = bytesOf(expected);
  if (a.equals(b)) return;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (x: Buffer) => x.subarray(Math.max(0, i - 60), i + 60).toString("utf8");
  expect.fail(`bytes differ at offset ${i} (lengths ${a.length} and ${b.length}):\n  actual:   …${around(a)}…\n  expected: …${around(b)}…`);
}
