import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ingest } from "./ingest";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ng-ingest-"));
});

const write = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, data);
  return path;
};

describe("ingest: files and folders", () => {
  it("reads .txt files with the file name as id and the file text, as read by Node, as text", async () => {
    const path = write("b.txt", "Second.\n");
    write("a.txt", "First.\n");
    const { articles, skipped } = await ingest([dir]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(["a.txt", "b.txt"]);
    expect(articles[1]).toEqual({ id: "b.txt", text: readFileSync(path, "utf8"), origin: path });
  });

  it("walks folders recursively and returns articles sorted by id whatever the input order", async () => {
    write("z/2.txt", "two");
    write("a/deeper/3.txt", "three");
    write("1.txt", "one");
    const forward = await ingest([join(dir, "z"), join(dir, "a"), join(dir, "1.txt")]);
    const backward = await ingest([join(dir, "1.txt"), join(dir, "a"), join(dir, "z")]);
    // ids are paths inside the folder given (a file given itself is its name)
    expect(forward.articles.map((a) => a.id)).toEqual(["1.txt", "2.txt", "deeper/3.txt"]);
    expect(backward).toEqual(forward);
    expect(forward.articles[2]!.origin).toBe(join(dir, "a", "deeper", "3.txt"));
  });

  it("keeps offsets right with CRLF line breaks and characters outside the BMP", async () => {
    const content = "Title line\r\n𝔘 and 🇺🇦: the mayor Sergei Sobyanin said.\r\nMore.\r\n";
    const path = write("crlf.txt", content);
    const [article] = (await ingest([path])).articles;
    const asRead = readFileSync(path, "utf8");
    expect(article!.text).toBe(asRead);
    const start = asRead.indexOf("Sergei Sobyanin");
    expect(start).toBeGreaterThan(0);
    expect(article!.text.slice(start, start + "Sergei Sobyanin".length)).toBe("Sergei Sobyanin");
  });

  it("keeps files of the same name in different subfolders apart, and reports a duplicate id across inputs", async () => {
    write("one/same.txt", "first version");
    write("two/same.txt", "second version");
    const { articles } = await ingest([dir]);
    expect(articles.map((a) => [a.id, a.text])).toEqual([["one/same.txt", "first version"], ["two/same.txt", "second version"]]);
    const both = await ingest([join(dir, "one"), join(dir, "two")]);
    expect(both.articles.map((a) => [a.id, a.text])).toEqual([["same.txt", "first version"]]);
    expect(both.skipped).toEqual([{ path: join(dir, "two", "same.txt"), reason: `duplicate article id same.txt (already read from ${join(dir, "one", "same.txt")})` }]);
  });

  it.skipIf(process.platform === "win32")("skips a file that became a FIFO after it was listed, without hanging", async () => {
    const path = write("pipe.txt", "text");
    const listed = [{ path, id: "pipe.txt", size: 4 }];
    rmSync(path);
    execFileSync("mkfifo", [path]);
    // ingest lists and reads in one call: the swap between the two is simulated by reading what was listed.
    const { readListed } = await import("./ingest");
    const result = await readListed(listed, {});
    expect(result.articles).toEqual([]);
    expect(result.skipped).toEqual([{ path, reason: "not a regular file: a FIFO (named pipe)" }]);
    // and a FIFO found when listing is reported as before
    expect((await ingest([path])).skipped).toEqual([{ path, reason: "not a regular file or folder" }]);
  });

  it("quotes at most a short prefix of a bad value", async () => {
    const long = "x".repeat(20_000);
    write("long.md", `---\npublished: ${long}\n---\nBody.\n`);
    const { warnings } = await ingest([dir]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toBe(`published date "${"x".repeat(40)}… (20000 characters)" is not a full calendar date; left out`);
  });

  it("reads a file given twice (directly and through its folder) once, without a report", async () => {
    const path = write("a.txt", "text");
    const { articles, skipped } = await ingest([dir, path]);
    expect(articles).toHaveLength(1);
    expect(skipped).toEqual([]);
  });

  it("turns every kind of bad input into a skipped entry with its reason, and still reads the good file", async () => {
    write("good.txt", "Kyiv said the talks would resume.");
    write("empty.txt", "");
    write("blank.md", "  \n\n");
    write("binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    write("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    write("big.txt", "x".repeat(3000));
    write("scan.pdf", "%PDF-1.7");
    write("README", "no extension");
    write(".DS_Store", "junk");
    const missing = join(dir, "missing.txt");
    const { articles, skipped } = await ingest([dir, missing], { maxBytes: 2048 });
    expect(articles.map((a) => a.id)).toEqual(["good.txt"]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.path.slice(dir.length + 1), s.reason]));
    expect(reasons).toEqual({
      ".DS_Store": "hidden entry, not read",
      README: 'unknown extension (none); newsgraph reads .txt, .md, .html, .htm, .jsonl',
      "big.txt": "file is 2.9 KB, over the 2.0 KB size limit",
      "binary.txt": "binary file (NUL byte at byte 4)",
      "blank.md": "empty file (only whitespace)",
      "empty.txt": "empty file",
      "latin1.txt": "not valid UTF-8 (first bad byte at 3)",
      "missing.txt": "no such file or directory",
      "scan.pdf": 'unknown extension ".pdf"; newsgraph reads .txt, .md, .html, .htm, .jsonl',
    });
    expect(skipped.map((s) => s.path)).toEqual([...skipped.map((s) => s.path)].sort());
  });

  it("reports a path that cannot be read", async () => {
    const file = write("plain.txt", "text");
    const inside = join(file, "child.txt");
    expect((await ingest([inside])).skipped).toEqual([{ path: inside, reason: "cannot read (ENOTDIR)" }]);
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable file", async () => {
    const path = write("locked.txt", "secret");
    chmodSync(path, 0o000);
    const { articles, skipped } = await ingest([path]);
    expect(articles).toEqual([]);
    expect(skipped).toEqual([{ path, reason: "cannot read (EACCES)" }]);
  });
});

describe("ingest: markdown", () => {
  it("reads front matter into metadata and keeps body offsets into the file as read", async () => {
    const content = "---\r\ntitle: 'Ceasefire talks'\r\nsource: Reuters\r\nurl: https://example.org/x\r\ndate: 21 June 2024\r\n---\r\nQatar said 🇶🇦 talks resumed.\r\n";
    const path = write("talks.md", content);
    const { articles, warnings } = await ingest([path]);
    expect(warnings).toEqual([]);
    const article = articles[0]!;
    expect(article).toMatchObject({ id: "talks.md", title: "Ceasefire talks", source: "Reuters", url: "https://example.org/x", published: "2024-06-21", origin: path });
    const asRead = readFileSync(path, "utf8");
    expect(article.text).toHaveLength(asRead.length);
    const start = asRead.indexOf("talks resumed");
    expect(article.text.slice(start, start + 13)).toBe("talks resumed");
    expect(article.text).not.toContain("Reuters");
  });

  it("skips a file with front matter and no body, and warns about a date it cannot read", async () => {
    write("only-meta.md", "---\ntitle: x\n---\n\n");
    write("vague.md", "---\npublished: last spring\n---\nBody.\n");
    const { articles, skipped, warnings } = await ingest([dir]);
    expect(articles.map((a) => [a.id, a.published])).toEqual([["vague.md", undefined]]);
    expect(skipped).toEqual([{ path: join(dir, "only-meta.md"), reason: "no article text after the front matter" }]);
    expect(warnings).toEqual([{ origin: join(dir, "vague.md"), message: 'published date "last spring" is not a full calendar date; left out' }]);
  });
});

describe("ingest: jsonl", () => {
  it("reads good lines and reports each bad line as file:line with the reason", async () => {
    const lines = [
      JSON.stringify({ id: "a-1", title: "Talks", text: "Qatar said talks resumed.", url: "https://example.org/a", source: "AP", published: "2024-06-21T10:00:00Z" }),
      "{not json",
      "",
      JSON.stringify({ title: "no id", text: "x" }),
      JSON.stringify({ id: "no-text" }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 7, text: "Numeric ids are read as strings.\r\nSecond line 𝔘." }),
      JSON.stringify({ id: "bad-title", text: "x", title: 3 }),
      JSON.stringify({ id: "a-1", text: "duplicate" }),
      JSON.stringify({ id: "long", text: "y".repeat(500) }),
    ];
    const path = write("feed.jsonl", Buffer.concat([Buffer.from(lines.join("\r\n") + "\n"), Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]));
    const { articles, skipped } = await ingest([path], { maxBytes: 400 });
    expect(articles).toEqual([
      { id: "7", text: "Numeric ids are read as strings.\r\nSecond line 𝔘.", origin: `${path}:7` },
      { id: "a-1", title: "Talks", text: "Qatar said talks resumed.", url: "https://example.org/a", source: "AP", published: "2024-06-21", origin: `${path}:1` },
    ]);
    const reasons = skipped.map((s) => [s.path.slice(path.length), s.reason]);
    expect(reasons).toEqual([
      [":2", expect.stringMatching(/^not valid JSON \(/)],
      [":4", 'missing "id" (a non-empty string)'],
      [":5", 'article no-text: missing "text" (a non-empty string)'],
      [":6", "not a JSON object"],
      [":8", 'article bad-title: "title" must be a string'],
      [":9", `duplicate article id a-1 (already read from ${path}:1)`],
      [":10", `line is ${Buffer.byteLength(lines[9]!)} B, over the 400 B size limit`],
      [":11", "not valid UTF-8 (first bad byte at 1)"],
    ]);
    const seven = articles[0]!;
    const start = seven.text.indexOf("Second");
    expect(seven.text.slice(start, start + 6)).toBe("Second");
  });

  it("reports an empty jsonl file", async () => {
    const path = write("empty.jsonl", "\n\n");
    expect(await ingest([path])).toEqual({ articles: [], skipped: [{ path, reason: "empty file (no jsonl lines)" }], warnings: [] });
  });
});
