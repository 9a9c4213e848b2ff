// Test helper: runs the whole pipeline on a short text and reads back annotations by surface form.
import type { ArticleInput } from "../article";
import type { Document } from "../document/types";
import { pipeline } from "../extract";

export function annotate(text: string, extra: Partial<ArticleInput> = {}): Document {
  return pipeline.annotate({ id: "test.txt", text, origin: "test", ...extra });
}

/** Statements as [speaker name(s), exact text] pairs, in text order. */
export function saidBy(doc: Document): [string, string][] {
  const { actors } = doc.get("actors");
  const name = (key: string) => actors.find((a) => a.key === key)?.name ?? key;
  return doc.get("statements").statements.map((s) => [s.speakers.map(name).join(" + "), s.text]);
}

export function actorNames(doc: Document): string[] {
  return doc.get("actors").actors.map((a) => a.name).sort();
}
