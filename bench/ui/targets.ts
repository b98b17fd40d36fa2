/**
 * P10 and P11 of performance.md: the explorer in a real Chromium. Rows have the shape of
 * bench/goal-types.ts TableRow so bench/run.ts can print and store them once "P10" and "P11"
 * join its goal ids.
 */
import type { Target } from "../targets";

export const uiGoalIds = ["P10", "P11", "P15"] as const;
export type UiGoalId = (typeof uiGoalIds)[number];

export type UiRow = {
  goal: UiGoalId;
  what: string;
  measured: number;
  unit: string;
  target: Target | null;
  detail: string;
};

export const uiTargets = {
  p10FrameP50: { value: 16.7, kind: "max", unit: "ms" },
  p10LongestTask: { value: 50, kind: "max", unit: "ms" },
  p10DomNodes: { value: 1500, kind: "max", unit: "" },
  p11Lcp: { value: 1000, kind: "max", unit: "ms" },
  p11FirstLoadJs: { value: 200, kind: "max", unit: "KB" },
  p15NextItemP50: { value: 150, kind: "max", unit: "ms" },
} satisfies Record<string, Target>;
