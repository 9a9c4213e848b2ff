// Progress on stderr: one bar per phase of a build (extract, resolve, apply, save) when a person is watching
// (a TTY) and the run is long enough to want one.
import { SingleBar, Presets } from "cli-progress";
import type { Phase } from "./extract-apply";

const BAR_THRESHOLD = 5;

const LABELS: Record<Phase, { label: string; unit: string }> = {
  extract: { label: "extracting", unit: "articles" },
  resolve: { label: "resolving actors", unit: "" },
  apply: { label: "adding actors", unit: "articles" },
  save: { label: "saving", unit: "" },
};

export interface Progress {
  update(phase: Phase, done: number, total: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let bar: SingleBar | undefined;
  let current: Phase | undefined;
  // Whether this run is worth a bar at all: decided by the first phase's size.
  let wanted: boolean | undefined;
  return {
    update(phase, done, total) {
      wanted ??= Boolean(stream.isTTY) && total > BAR_THRESHOLD;
      if (!wanted) return;
      if (phase !== current) {
        bar?.stop();
        current = phase;
        const { label, unit } = LABELS[phase];
        const counts = unit ? `{value}/{total} ${unit} | {eta_formatted} left` : "{duration_formatted}";
        bar = new SingleBar({ stream, format: `${label.padEnd(16)} {bar} ${counts}`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
        bar.start(total, done);
      } else bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
      current = undefined;
    },
  };
}
