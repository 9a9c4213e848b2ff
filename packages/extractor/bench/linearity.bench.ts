// `pnpm bench extract` (linearity): extraction CPU per KB for one article of 1 KB to 1 MB, in ordinary and
// pathological shapes, all made from sentences written for this bench. Flat per-KB cost means linear. A shape
// whose cost grows too fast is stopped before it stalls the bench, and the table says so.
import { cpuSeconds } from "../../../bench/news-texts";
import { extractArticle } from "../src/extract";

const SENTENCES = [
  "The transport minister, Anna Keller, said on Tuesday that the new rail line would open in March.",
  "“We have done everything we could,” Keller told reporters in the capital.",
  "According to the regional council, 40 families were moved to shelters after the flooding.",
  "Police arrested two men near the harbour on Sunday, a spokesman for the force said.",
  "The agreement between the two unions was signed in Geneva, officials said.",
  "Opposition leader Tomas Varga accused the government of hiding the cost of the project.",
  "A court in Lyon ruled that the strike had been legal.",
  "“The vote was fair,” Varga said, “and we accept it.”",
];

const QUOTES = "“I will not resign,” said Keller. “Never,” she added. “The vote was fair,” Varga said, “and we accept it.” ";

function fill(unit: (i: number) => string, bytes: number): string {
  let text = "";
  for (let i = 0; text.length < bytes; i++) text += unit(i);
  return text.slice(0, bytes);
}

const SHAPES: Record<string, (bytes: number) => string> = {
  "paragraphs": (n) => fill((i) => `${SENTENCES[i % SENTENCES.length]}${i % 4 === 3 ? "\n\n" : " "}`, n),
  "one paragraph": (n) => fill((i) => `${SENTENCES[i % SENTENCES.length]} `, n),
  "quote-heavy": (n) => fill(() => QUOTES, n),
  "only quote marks": (n) => "\"".repeat(n),
  "\"most of \" repeated": (n) => fill(() => "\"most of ", n),
};

const SIZES_KB = [1, 10, 100, 1000];
/** A run projected to take longer than this (from the last size's per-KB cost, grown as it has grown) is skipped. */
const MAX_RUN_SECONDS = 60;

export async function run(): Promise<void> {
  extractArticle({ id: "warm.txt", text: SHAPES.paragraphs!(4000), origin: "warm" });
  console.log(`extraction CPU per KB, one article per cell (ms/KB; the last column: largest over smallest)`);
  console.log(`${"shape".padEnd(22)}${SIZES_KB.map((kb) => `${kb} KB`.padStart(11)).join("")}   growth`);
  for (const [shape, make] of Object.entries(SHAPES)) {
    const perKb: number[] = [];
    const cells: string[] = [];
    for (const kb of SIZES_KB) {
      const last = perKb.at(-1);
      const growth = perKb.length >= 2 ? perKb.at(-1)! / perKb.at(-2)! : 1;
      if (last !== undefined && (last * kb * Math.max(1, growth)) / 1000 > MAX_RUN_SECONDS) {
        cells.push("skipped".padStart(11));
        continue;
      }
      const text = make(kb * 1024);
      const [, seconds] = cpuSeconds(() => extractArticle({ id: `${shape}.txt`, text, origin: shape }));
      perKb.push((seconds * 1000) / kb);
      cells.push(perKb.at(-1)!.toFixed(2).padStart(11));
    }
    const growth = perKb.at(-1)! / perKb[0]!;
    const note = cells.some((c) => c.includes("skipped")) ? `   ${growth.toFixed(1)}× (stopped: superlinear)` : `   ${growth.toFixed(1)}×`;
    console.log(`${shape.padEnd(22)}${cells.join("")}${note}`);
  }
}
