// The command transcripts in README.md and docs/*.md, regenerated from real runs so that they cannot drift
// from what the code prints (`pnpm docs`; test/docs.test.ts fails when they have). A transcript is a fenced
// block right after a line `<!-- docs:run -->`; in it, each line starting with `$ ` is a command and the lines
// up to the next command are its output, which is replaced. The marker may name files to write first, so that
// a transcript can show an error: `<!-- docs:run write out/broken.json {"nodes": []} -->` (one per line).
//
// Commands: `pnpm newsgraph ARGS`, `pnpm tsx scripts/NAME.ts ARGS`, optionally followed by `; echo "exit $?"`.

export interface Transcript {
  /** Index of the line after the opening fence, in the file's lines. */
  start: number;
  /** Index of the closing fence. */
  end: number;
  writes: { path: string; content: string }[];
  commands: Command[];
}

export interface Command {
  line: string;
  program: "newsgraph" | "script";
  /** For scripts, the first argument is the script's path (scripts/NAME.ts). */
  args: string[];
  echoExit: boolean;
}

export interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

const MARKER = /^<!-- docs:run((?:\s+write\s+\S+\s+.*?)?)\s*-->$/;

/** Splits a command line into words, with single and double quotes, as a POSIX shell does for these. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : m[2] ?? m[3]!);
  return words;
}

export function parseCommand(line: string): Command {
  const echoExit = /;\s*echo "exit \$\?"$/.test(line);
  const words = shellWords(line.replace(/;\s*echo "exit \$\?"$/, ""));
  if (words[0] === "pnpm" && words[1] === "newsgraph") return { line, program: "newsgraph", args: words.slice(2), echoExit };
  if (words[0] === "pnpm" && words[1] === "tsx" && /^scripts\/[\w-]+\.ts$/.test(words[2] ?? "")) return { line, program: "script", args: words.slice(2), echoExit };
  throw new Error(`docs:run cannot run "${line}": only pnpm newsgraph … and pnpm tsx scripts/….ts …`);
}

export function findTranscripts(text: string): Transcript[] {
  const lines = text.split("\n");
  const found: Transcript[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i]!.trim());
    if (!marker) continue;
    const writes: Transcript["writes"] = [];
    let open = i + 1;
    // write lines may also follow the marker as further comments: <!-- docs:write PATH CONTENT -->
    for (const w of marker[1]!.matchAll(/write\s+(\S+)\s+(.*)/g)) writes.push({ path: w[1]!, content: w[2]! });
    while (/^<!-- docs:write (\S+) (.*) -->$/.test(lines[open]!.trim())) {
      const w = /^<!-- docs:write (\S+) (.*) -->$/.exec(lines[open]!.trim())!;
      writes.push({ path: w[1]!, content: w[2]! });
      open++;
    }
    if (!lines[open]?.startsWith("```")) throw new Error(`line ${i + 1}: docs:run must be followed by a fenced block`);
    const end = lines.findIndex((l, j) => j > open && l.startsWith("```"));
    if (end < 0) throw new Error(`line ${open + 1}: unclosed fenced block`);
    const commands = lines.slice(open + 1, end).filter((l) => l.startsWith("$ ")).map((l) => parseCommand(l.slice(2)));
    if (!commands.length) throw new Error(`line ${open + 1}: a docs:run block needs at least one "$ " command`);
    found.push({ start: open + 1, end, writes, commands });
    i = end;
  }
  return found;
}

/** What a command shows in a transcript: stdout then stderr (each as printed), then the exit code if asked. */
export function renderOutput(command: Command, output: Output): string[] {
  const text = `${output.stdout}${output.stderr}`.replace(/\n+$/, "");
  const lines = text ? text.split("\n") : [];
  if (command.echoExit) lines.push(`exit ${output.code}`);
  return lines;
}

/** The text with every transcript's output replaced by what `run` gives now. */
export async function regenerate(text: string, run: (command: Command, writes: Transcript["writes"]) => Promise<Output>): Promise<string> {
  const lines = text.split("\n");
  const transcripts = findTranscripts(text);
  // From the last block up, so that earlier indexes stay valid while lines are replaced.
  const outputs: string[][] = [];
  for (const t of transcripts) {
    const block: string[] = [];
    for (const [n, command] of t.commands.entries()) {
      block.push(`$ ${command.line}`, ...renderOutput(command, await run(command, n === 0 ? t.writes : [])));
    }
    outputs.push(block);
  }
  for (let k = transcripts.length - 1; k >= 0; k--) lines.splice(transcripts[k]!.start, transcripts[k]!.end - transcripts[k]!.start, ...outputs[k]!);
  return lines.join("\n");
}

/** Figures that differ from run to run on any machine (durations), masked for comparing transcripts. */
export const maskVolatile = (text: string): string => text.replace(/\b\d+(?:\.\d+)? s\b/g, "N s").replace(/"durationMs": \d+/g, '"durationMs": N');
