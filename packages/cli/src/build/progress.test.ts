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
  it("draws one bar per phase on a terminal when there are more than a handful of articles", () => {
    const { stream, output } = fakeStream(true);
    const progress = createProgress(stream);
    progress.update("extract", 0, 20);
    progress.update("extract", 10, 20);
    progress.update("resolve", 0, 1);
    progress.update("resolve", 1, 1);
    progress.update("apply", 7, 20);
    progress.update("save", 0, 1);
    progress.stop();
    expect(output()).toContain("extracting");
    expect(output()).toContain("10/20 articles");
    expect(output()).toContain("resolving actors");
    expect(output()).toContain("7/20 articles");
    expect(output()).toContain("saving");
  });

  it("stays quiet when stderr is not a terminal, or for a few articles", () => {
    for (const [tty, total] of [[false, 50], [true, 3]] as const) {
      const { stream, output } = fakeStream(tty);
      const progress = createProgress(stream);
      progress.update("extract", 1, total);
      progress.update("save", 0, 1);
      progress.stop();
      expect(output()).toBe("");
    }
  });
});
