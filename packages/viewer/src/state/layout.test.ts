import { describe, expect, it } from "vitest";
import { computeLayout, layoutBudget, type LayoutInput } from "./layout";

/** A ring with chords: enough structure for the forces to move every node. */
function input(n: number): LayoutInput {
  const x = new Float64Array(n), y = new Float64Array(n), sizes = new Float32Array(n).fill(4);
  for (let i = 0; i < n; i++) {
    x[i] = Math.cos(i * 2.4) * 50 + (i % 7);
    y[i] = Math.sin(i * 2.4) * 50 - (i % 5);
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) pairs.push([i, (i + 1) % n], [i, (i * 7 + 3) % n]);
  return { x, y, sizes, sources: Uint32Array.from(pairs.map((p) => p[0])), targets: Uint32Array.from(pairs.map((p) => p[1])), weights: new Float32Array(pairs.length).fill(1) };
}

describe("deterministic layout", () => {
  it("gives the same positions for the same graph, and moves the nodes", () => {
    const a = computeLayout(input(300)), b = computeLayout(input(300));
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    const start = input(300);
    expect(Array.from(a.x).filter((v, i) => Math.abs(v - start.x[i]!) > 1).length).toBeGreaterThan(250);
  });

  it("spends a fixed, size-dependent amount of work", () => {
    expect(layoutBudget(100)).toEqual(layoutBudget(100));
    expect(layoutBudget(50_000).iterations).toBeLessThan(layoutBudget(1000).iterations);
    expect(layoutBudget(50_000).noverlapIterations).toBe(0);
  });

  it("keeps a graph without edges where it was, apart from overlap removal", () => {
    const lone = { ...input(3), sources: new Uint32Array(), targets: new Uint32Array(), weights: new Float32Array() };
    lone.x.set([0, 100, 200]);
    lone.y.set([0, 0, 0]);
    expect(Array.from(computeLayout(lone).x)).toEqual([0, 100, 200]);
  });
});
