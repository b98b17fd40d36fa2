import { describe, expect, it } from "vitest";
import { binEdges, bucketUnitFor, confusionFigures, correlationInterval } from "./compare-math";

describe("compare math", () => {
  it("bins cover the values in half-open steps of 1, 2 or 5 × 10^k", () => {
    expect(binEdges(1, 5, 5)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(binEdges(0, 1)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1]);
    expect(binEdges(-3, 7)).toEqual([-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(binEdges(2, 2)).toEqual([2, 3]);
    for (const [min, max] of [
      [0.013, 0.987],
      [-120, 3400],
      [5, 5.0001],
    ]) {
      const edges = binEdges(min, max);
      expect(edges[0]).toBeLessThanOrEqual(min);
      expect(edges.at(-1)!).toBeGreaterThan(max);
      expect(edges.length).toBeLessThanOrEqual(13);
    }
  });

  it("Fisher's interval: symmetric in z, none for n ≤ 3, a point at |r| = 1", () => {
    const interval = correlationInterval(0.5, 28)!;
    expect(Math.atanh(interval.high) - Math.atanh(0.5)).toBeCloseTo(1.959963984540054 / 5, 12);
    expect(Math.atanh(0.5) - Math.atanh(interval.low)).toBeCloseTo(1.959963984540054 / 5, 12);
    expect(correlationInterval(0.5, 3)).toBeNull();
    expect(correlationInterval(null, 50)).toBeNull();
    expect(correlationInterval(1, 50)).toEqual({ low: 1, high: 1 });
  });

  it("confusion figures: kappa undefined for one shared class, F1 0 when nothing is right", () => {
    const one = confusionFigures([{ a: "yes", b: "yes", count: 4 }]);
    expect(one.percentAgreement).toBe(1);
    expect(one.kappa).toBeNull();
    expect(one.kappaInterval).toBeNull();
    const swapped = confusionFigures([
      { a: "yes", b: "no", count: 3 },
      { a: "no", b: "yes", count: 2 },
    ]);
    expect(swapped.perClass).toEqual([
      { value: "no", precision: 0, recall: 0, f1: 0, support: 3 },
      { value: "yes", precision: 0, recall: 0, f1: 0, support: 2 },
    ]);
    expect(swapped.kappaInterval!.low).toBeGreaterThanOrEqual(-1);
    const empty = confusionFigures([]);
    expect([empty.n, empty.percentAgreement, empty.kappa]).toEqual([0, null, null]);
  });

  it("days up to a month, weeks beyond", () => {
    expect(bucketUnitFor(31 * 86_400_000)).toBe("day");
    expect(bucketUnitFor(31 * 86_400_000 + 1)).toBe("week");
  });
});
