// Bytes to article text, refusing what is not text: empty input, binary data, invalid UTF-8.
// The text must equal what readFileSync(path, "utf8") returns, because offsets index into it: so the
// decoder keeps a byte order mark (ignoreBOM) instead of swallowing it as TextDecoder does by default.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: "UTF-16 text; newsgraph reads UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)" };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (NUL byte at byte ${nul})` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at ${firstInvalidUtf8Byte(bytes)})` };
  }
  if (!text.replace(/^\uFEFF/, "").trim()) return { ok: false, reason: "empty file (only whitespace)" };
  return { ok: true, text };
}

/**
 * Where decoding fails, for the message. Bisection finds the longest prefix that decodes as the start of
 * a stream; if that prefix ends inside a character (a lead byte whose continuation never came), the bad
 * sequence starts at that lead byte.
 */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const decodes = (end: number, stream: boolean) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0, hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  if (decodes(lo, false)) return lo;
  while (lo > 0 && (bytes[lo - 1]! & 0xc0) === 0x80) lo--;
  return Math.max(0, lo - 1);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
