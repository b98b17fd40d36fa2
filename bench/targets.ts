/** The goals this benchmark measures (performance.md) and their targets. */
export const goalIds = ["P1", "P2", "P3", "P4", "P6", "P7", "P8", "P12", "P14", "P16"] as const;
export type GoalId = (typeof goalIds)[number];

/** `max`: the measured figure must not exceed the target; `min`: it must reach it. */
export type Target = { value: number; kind: "max" | "min"; unit: string };

export const targets = {
  p1P50: { value: 5, kind: "max", unit: "ms" },
  p1P99: { value: 20, kind: "max", unit: "ms" },
  p2Ratio: { value: 3, kind: "max", unit: "×" },
  p3Rps: { value: 1500, kind: "min", unit: "req/s" },
  p3Errors: { value: 0, kind: "max", unit: "" },
  p4Ratio: { value: 1.5, kind: "max", unit: "×" },
  p6P99: { value: 10, kind: "max", unit: "ms" },
  p7P50: { value: 150, kind: "max", unit: "ms" },
  p8Rate: { value: 20_000, kind: "min", unit: "scores/s" },
  p12Ratio: { value: 100, kind: "min", unit: "×" },
  p16P50: { value: 300, kind: "max", unit: "ms" },
  p14Rate: { value: 100_000, kind: "min", unit: "rows/s" },
  p14Rss: { value: 100, kind: "max", unit: "MB" },
} satisfies Record<string, Target>;

export const passes = (measured: number, target: Target) =>
  Number.isFinite(measured) && (target.kind === "max" ? measured <= target.value : measured >= target.value);
