import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress } from "./progress";

function fakeStream(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  let written = "";
  stream.on("data", (chunk: Buffer) => (written += chunk.toString()));
  return { stream: stream as unknown as NodeJS.WriteStream, output: () => written };
}

describe("createProgress", () => {
  it("draws a bar on a terminal when there are more than a handful of articles", () => {
    const { stream, output } = fakeStream(true);
    const progress = createProgress(stream);
    progress.update(0, 20);
    progress.update(10, 20);
    progress.stop();
    expect(output()).toContain("10/20 articles");
  });

  it("stays quiet when stderr is not a terminal, or for a few articles", () => {
    for (const [tty, total] of [[false, 50], [true, 3]] as const) {
      const { stream, output } = fakeStream(tty);
      const progress = createProgress(stream);
      progress.update(1, total);
      progress.stop();
      expect(output()).toBe("");
    }
  });
});
