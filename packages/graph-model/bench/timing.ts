// Shared by the store benches: wall and CPU time of one step (CPU counts; the machines are shared).
export interface Timing {
  wall: number;
  cpu: number;
}

export function timed(fn: () => void): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

export const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
