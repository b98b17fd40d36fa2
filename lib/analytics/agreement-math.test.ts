import { describe, expect, it } from "vitest";
import { cohensKappa, meanAbsoluteDifference, percentAgreement } from "./agreement-math";

const pairs = (spec: string) => spec.split(" ").map((p) => ({ a: p[0], b: p[1] }));

describe("agreement", () => {
  it("percent agreement counts equal pairs", () => {
    expect(percentAgreement(pairs("yy yn nn nn"))).toBe(0.75);
    expect(percentAgreement([])).toBeNull();
  });

  it("Cohen's kappa matches the textbook example", () => {
    // 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 → po 0.7, pe 0.5, kappa 0.4
    const data = [
      ...Array(20).fill({ a: "y", b: "y" }),
      ...Array(5).fill({ a: "y", b: "n" }),
      ...Array(10).fill({ a: "n", b: "y" }),
      ...Array(15).fill({ a: "n", b: "n" }),
    ];
    expect(cohensKappa(data)).toBeCloseTo(0.4, 10);
  });

  it("kappa is 1 for perfect agreement over several categories, undefined for one constant category", () => {
    expect(cohensKappa(pairs("aa bb cc ab").slice(0, 3))).toBe(1);
    expect(cohensKappa(pairs("aa aa"))).toBeNull();
    expect(cohensKappa([])).toBeNull();
  });

  it("mean absolute difference", () => {
    expect(
      meanAbsoluteDifference([
        { a: 1, b: 0.5 },
        { a: 0, b: 1 },
      ]),
    ).toBe(0.75);
    expect(meanAbsoluteDifference([])).toBeNull();
  });
});
