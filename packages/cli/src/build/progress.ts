// Progress on stderr: a bar when a person is watching (a TTY) and the run is long enough to want one.
import { SingleBar, Presets } from "cli-progress";

const BAR_THRESHOLD = 5;

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let bar: SingleBar | undefined;
  return {
    update(done, total) {
      if (!stream.isTTY || total <= BAR_THRESHOLD) return;
      if (!bar) {
        bar = new SingleBar({ stream, format: "extracting {bar} {value}/{total} articles | {eta_formatted} left", hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
        bar.start(total, done);
      } else bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
