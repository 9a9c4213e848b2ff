import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter";

describe("splitFrontMatter", () => {
  const file = '---\ntitle: "Drones over Moscow"\nsource: The Guardian\npublished: 2024-06-21\nurl: https://example.org/a?x=1\ntags:\n  - war\n---\nRussia closed two airports.\n';

  it("reads the fields, unquoted, with lowercased keys", () => {
    const front = splitFrontMatter(file.replace("source:", "Source:"));
    expect(front.fields).toEqual({ title: "Drones over Moscow", source: "The Guardian", published: "2024-06-21", url: "https://example.org/a?x=1" });
  });

  it("blanks the front matter so that body offsets index the file as read", () => {
    const front = splitFrontMatter(file);
    expect(front.text).toHaveLength(file.length);
    expect(front.text.slice(front.bodyStart)).toBe("Russia closed two airports.\n");
    const start = file.indexOf("two airports");
    expect(front.text.slice(start, start + 12)).toBe("two airports");
    expect(front.text.slice(0, front.bodyStart).trim()).toBe("");
    expect(front.text.slice(0, front.bodyStart).split("\n")).toHaveLength(file.slice(0, front.bodyStart).split("\n").length);
  });

  it("keeps offsets with CRLF line breaks, a byte order mark and characters outside the BMP", () => {
    const crlf = "\uFEFF---\r\ntitle: 𝔘kraine 🇺🇦\r\n---\r\nBody 🇺🇦 here.\r\n";
    const front = splitFrontMatter(crlf);
    expect(front.fields.title).toBe("𝔘kraine 🇺🇦");
    expect(front.text).toHaveLength(crlf.length);
    expect(front.text[0]).toBe("\uFEFF");
    const start = crlf.indexOf("Body");
    expect(front.bodyStart).toBe(start);
    const span = "Body 🇺🇦 here.";
    expect(front.text.slice(start, start + span.length)).toBe(span);
  });

  it("leaves a file without front matter as it is", () => {
    const plain = "No front matter.\n---\nA rule is not a block.\n";
    expect(splitFrontMatter(plain)).toEqual({ fields: {}, text: plain, bodyStart: 0 });
  });

  it("reads an unclosed block as body and says so", () => {
    const open = "---\ntitle: x\nThe story goes on.\n";
    const front = splitFrontMatter(open);
    expect(front.text).toBe(open);
    expect(front.fields).toEqual({});
    expect(front.problem).toMatch(/never closed/);
  });
});
