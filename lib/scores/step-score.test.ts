import { describe, expect, it } from "vitest";
import { stepOf, stepOriginOf, stepsAvailable } from "./step-score";

const rows = ["a", "b", "c"].map((id) => ({ id }));

describe("stepping through the explorer's rows", () => {
  it("steps from the open score's own row, whatever row has the focus", () => {
    const origin = stepOriginOf(rows, "b", 0);
    expect(origin).toBe(1);
    expect(stepOf(origin, "next", 3, false)).toEqual({ kind: "open", index: 2 });
    expect(stepOf(origin, "previous", 3, false)).toEqual({ kind: "open", index: 0 });
  });

  it("steps from the focused row when the open score is not loaded", () => {
    expect(stepOriginOf(rows, "elsewhere", 2)).toBe(2);
    expect(stepOf(stepOriginOf(rows, "elsewhere", -1), "next", 3, false)).toEqual({ kind: "open", index: 0 });
    expect(stepOf(-1, "previous", 3, false)).toEqual({ kind: "none" });
  });

  it("stops at the first row and at the last row of a finished list", () => {
    expect(stepOf(0, "previous", 3, true)).toEqual({ kind: "none" });
    expect(stepOf(2, "next", 3, false)).toEqual({ kind: "none" });
    expect(stepOf(-1, "next", 0, false)).toEqual({ kind: "none" });
  });

  it("asks for the next page past the last loaded row when there is one", () => {
    expect(stepOf(2, "next", 3, true)).toEqual({ kind: "load-more" });
    // once it arrived, the same origin reaches the first new row
    expect(stepOf(2, "next", 5, false)).toEqual({ kind: "open", index: 3 });
  });

  it("keeps a stale focus index inside the loaded rows", () => {
    expect(stepOf(7, "previous", 3, false)).toEqual({ kind: "open", index: 2 });
  });

  it("tells the buttons which ways lead somewhere", () => {
    expect(stepsAvailable(0, 3, false)).toEqual({ previous: false, next: true });
    expect(stepsAvailable(2, 3, true)).toEqual({ previous: true, next: true });
    expect(stepsAvailable(2, 3, false)).toEqual({ previous: true, next: false });
  });
});
