import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeArticleBytes, formatBytes } from "./decode";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("decodeArticleBytes", () => {
  it("decodes UTF-8 text exactly as readFileSync does, byte order mark included", () => {
    const dir = mkdtempSync(join(tmpdir(), "ng-decode-"));
    const path = join(dir, "bom.txt");
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Kyiv said “no” 𝔘\r\n", "utf8")]));
    const decoded = decodeArticleBytes(readFileSync(path));
    expect(decoded).toEqual({ ok: true, text: readFileSync(path, "utf8") });
    expect(decoded.ok && decoded.text.charCodeAt(0)).toBe(0xfeff);
  });

  it("refuses an empty or whitespace-only input", () => {
    expect(decodeArticleBytes(bytes())).toEqual({ ok: false, reason: "empty file" });
    expect(decodeArticleBytes(Buffer.from(" \n\t\r\n"))).toEqual({ ok: false, reason: "empty file (only whitespace)" });
  });

  it("refuses binary data and says where the NUL byte is", () => {
    expect(decodeArticleBytes(Buffer.from("PK\u0003\u0004\u0000rest"))).toEqual({ ok: false, reason: "binary file (NUL byte at byte 4)" });
  });

  it("recognizes UTF-16 text and says how to convert it", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kyiv", "utf16le")]);
    expect(decodeArticleBytes(utf16)).toEqual({ ok: false, reason: "UTF-16 text; newsgraph reads UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)" });
  });

  it("refuses invalid UTF-8 and names the first bad byte", () => {
    // "abc" then a lone continuation byte, then a truncated 3-byte sequence
    expect(decodeArticleBytes(bytes(0x61, 0x62, 0x63, 0x80, 0x64))).toEqual({ ok: false, reason: "not valid UTF-8 (first bad byte at 3)" });
    // "é ok " is 6 bytes, then a euro sign cut short
    expect(decodeArticleBytes(Buffer.concat([Buffer.from("é ok "), bytes(0xe2, 0x82)]))).toEqual({ ok: false, reason: "not valid UTF-8 (first bad byte at 6)" });
    // Latin-1 "café", at the end and followed by a line break
    expect(decodeArticleBytes(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({ ok: false, reason: "not valid UTF-8 (first bad byte at 3)" });
    expect(decodeArticleBytes(bytes(0x63, 0x61, 0x66, 0xe9, 0x0a))).toEqual({ ok: false, reason: "not valid UTF-8 (first bad byte at 3)" });
  });
});

describe("formatBytes", () => {
  it("uses B, KB and MB", () => {
    expect(formatBytes(12)).toBe("12 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(20 * 1024 * 1024)).toBe("20.0 MB");
  });
});
