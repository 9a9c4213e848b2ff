// The palette: every category distinct for normal vision, and within one pictogram distinct under
// simulated colour blindness (Machado et al. 2009 matrices, severity 1), by CIE76 ΔE in Lab.
import { describe, expect, it } from "vitest";
import { allCategories, colorOfCategory, inkOn, pictogramOfCategory } from "./style";

const MATRICES = {
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

function lab(hex: string, matrix?: number[][]): [number, number, number] {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  let rgb = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255));
  if (matrix) rgb = matrix.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)));
  const [r, g, b] = rgb as [number, number, number];
  const X = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, Y = 0.2126 * r + 0.7152 * g + 0.0722 * b, Z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
const pairs = <T>(xs: T[]) => xs.flatMap((x, i) => xs.slice(i + 1).map((y) => [x, y] as const));

describe("palette", () => {
  const categories = allCategories();

  it("gives every category its own colour, no two closer than ΔE 18", () => {
    expect(new Set(categories.map(colorOfCategory)).size).toBe(categories.length);
    for (const [a, b] of pairs(categories)) expect(deltaE(lab(colorOfCategory(a)), lab(colorOfCategory(b))), `${a} vs ${b}`).toBeGreaterThan(18);
  });

  it("separates actors from events (the clashes seen before: meeting/visit vs person, election vs country…)", () => {
    for (const [a, b] of [["Event:meeting_talks", "Actor:person"], ["Event:visit", "Actor:person"], ["Event:election", "Actor:country"], ["Event:agreement_action", "Actor:organization"], ["Agreement", "Event:deployment_mobilization"]]) {
      expect(deltaE(lab(colorOfCategory(a!)), lab(colorOfCategory(b!))), `${a} vs ${b}`).toBeGreaterThan(20);
      expect(pictogramOfCategory(a!)).not.toBe(pictogramOfCategory(b!));
    }
  });

  it("keeps categories that share a pictogram apart under colour blindness (ΔE > 15)", () => {
    for (const [name, matrix] of Object.entries(MATRICES)) {
      for (const [a, b] of pairs(categories)) {
        if (pictogramOfCategory(a) !== pictogramOfCategory(b)) continue;
        expect(deltaE(lab(colorOfCategory(a), matrix), lab(colorOfCategory(b), matrix)), `${name}: ${a} vs ${b}`).toBeGreaterThan(15);
      }
    }
  });

  it("gives node types and event families distinct pictograms, and inks them for contrast", () => {
    const byType = ["Actor:person", "Actor:organization", "Actor:country", "Actor:group", "Statement", "Agreement", "Place", "Article", "Event:attack", "Event:legal_action", "Event:meeting_talks", "Event:agreement_action", "Event:election", "Event:aid_supply", "Event:deployment_mobilization"];
    expect(new Set(byType.map(pictogramOfCategory)).size).toBe(byType.length);
    expect(inkOn("#FCC5B0")).toBe("#111111");
    expect(inkOn("#0072B2")).toBe("#FFFFFF");
  });
});
