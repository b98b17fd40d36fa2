import { describe, expect, it } from "vitest";
import { clickRow, EMPTY_SELECTION, subjectsOf, toggleAllLoaded } from "./selection-model";

const rows = ["a", "b", "c", "d", "e"];

describe("selection", () => {
  it("flips single rows and selects shift-click ranges from the anchor", () => {
    let selection = clickRow(EMPTY_SELECTION, rows, 1, false);
    expect([...selection.ids]).toEqual(["b"]);
    selection = clickRow(selection, rows, 3, true);
    expect([...selection.ids].sort()).toEqual(["b", "c", "d"]);
    selection = clickRow(selection, rows, 0, true);
    expect([...selection.ids].sort()).toEqual(["a", "b", "c", "d"]);
    selection = clickRow(selection, rows, 2, false);
    expect(selection.ids.has("c")).toBe(false);
    selection = clickRow(selection, rows, 4, true); // anchor c is off: the range goes off
    expect([...selection.ids].sort()).toEqual(["a", "b"]);
  });

  it("selects all loaded rows, then none", () => {
    const all = toggleAllLoaded(EMPTY_SELECTION, rows);
    expect(all.ids.size).toBe(5);
    expect(toggleAllLoaded(all, rows).ids.size).toBe(0);
  });

  it("turns rows into distinct queueable subjects", () => {
    expect(
      subjectsOf([
        { subject: { kind: "trace", id: "t1" } },
        { subject: { kind: "trace", id: "t1" } },
        { subject: { kind: "experiment", id: "x" } },
        { subject: { kind: "session", id: "s" } },
      ]),
    ).toEqual([
      { objectType: "trace", objectId: "t1" },
      { objectType: "session", objectId: "s" },
    ]);
  });
});
