// Real news text for the benchmarks. PolNeAR's train compartment when it has been built under /tmp (never its
// test compartment, and never copied into the repository), else the repository's own corpus, with a note.
//   python3 ../shared/eval/polnear/build.py --compartment train --out /tmp/polnear-train-big --limit 1000
// NEWSGRAPH_BENCH_TEXTS=<folder of .txt files> picks another folder.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const CANDIDATES = [process.env.NEWSGRAPH_BENCH_TEXTS, "/tmp/polnear-train-big/texts", "/tmp/polnear-train/texts"].filter((d): d is string => Boolean(d));
const FALLBACK = [join(ROOT, "corpus", "seeds"), join(ROOT, "corpus", "wire")];

export interface NewsText {
  id: string;
  text: string;
}

export interface NewsTexts {
  texts: NewsText[];
  /** Where they came from, to print beside every figure. */
  source: string;
}

const txtFiles = (dir: string) =>
  existsSync(dir) && statSync(dir).isDirectory()
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => ({ id: f, text: readFileSync(join(dir, f), "utf8") }))
        .filter((t) => t.text.trim())
    : [];

let cached: NewsTexts | undefined;

export function newsTexts(): NewsTexts {
  if (cached) return cached;
  for (const dir of CANDIDATES) {
    const texts = txtFiles(dir);
    if (texts.length) return (cached = { texts, source: `${texts.length} real articles from ${dir}` });
  }
  const texts = FALLBACK.flatMap(txtFiles);
  console.log(
    `note: no PolNeAR train texts found (looked in ${CANDIDATES.join(", ")}); using the ${texts.length} articles of corpus/seeds and corpus/wire.\n` +
      "      Build real text with: python3 ../shared/eval/polnear/build.py --compartment train --out /tmp/polnear-train-big --limit 1000",
  );
  return (cached = { texts, source: `${texts.length} articles of corpus/seeds and corpus/wire (PolNeAR absent)` });
}

/** CPU seconds (user + system, every thread of this process) spent by `work`. */
export function cpuSeconds<T>(work: () => T): [T, number] {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1e6];
}

export const bytesOf = (texts: readonly { text: string }[]) => texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
