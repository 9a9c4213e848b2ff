// Ends every run with the ten slowest tests (a test over ~10 s is a bug to fix, not a timeout to raise) and then
// one plain line, "N passed, N failed, N skipped", that CI systems and people can read without knowing vitest's
// own summary format. The plain line comes last.
import { relative } from "node:path";
import type { Reporter, TestModule } from "vitest/node";

const SLOWEST = 10;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const times: { name: string; ms: number }[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
        const ms = test.diagnostic()?.duration;
        if (ms !== undefined) times.push({ name: `${relative(process.cwd(), module.moduleId)} > ${test.fullName}`, ms });
      }
      if (module.state() === "failed" && ![...module.children.allTests()].length) counts.failed++;
    }
    const slowest = times.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST);
    if (slowest.length > 1) {
      const lines = slowest.map((t) => `${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.name.length > 150 ? `${t.name.slice(0, 149)}…` : t.name}`);
      process.stdout.write(`\nslowest tests:\n${lines.join("\n")}\n`);
    }
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
