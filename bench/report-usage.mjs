// Loaded with `node --import` by the build benchmark: on exit, prints this process's CPU time (every thread,
// worker threads included) and peak resident memory on stderr, for the benchmark to read.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const cpu = process.cpuUsage();
  writeSync(2, `\n@@usage ${JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
});
