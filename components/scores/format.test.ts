import { describe, expect, it } from "vitest";
import {
  clipText,
  formatNumber,
  formatTimestamp,
  jsonPreview,
  localInputOf,
  rangePositionOf,
  statusTextOf,
} from "./format";

describe("explorer formatting", () => {
  it("says how much is loaded, with 10,000+ when the total is capped", () => {
    expect(statusTextOf(300, 10_000, true)).toBe("300 of 10,000+ loaded");
    expect(statusTextOf(100, 2431, false)).toBe("100 of 2,431 loaded");
    expect(statusTextOf(100, null, false)).toBe("100 loaded");
  });

  it("formats times in the given zone", () => {
    expect(formatTimestamp("2026-06-01T23:30:05.000Z", "UTC")).toBe("2026-06-01 23:30:05");
    expect(formatTimestamp("2026-06-01T23:30:05.000Z", "Europe/Berlin")).toBe("2026-06-02 01:30:05");
  });

  it("formats numbers and JSON compactly", () => {
    expect(formatNumber(1234)).toBe("1,234");
    expect(formatNumber(0.123456)).toBe("0.1235");
    expect(jsonPreview({ a: [1, 2] })).toBe('{"a":[1,2]}');
    expect(jsonPreview([1234567, 1234567], 10)).toBe("[1234567,…");
  });

  it("places a value in its label's range", () => {
    expect(rangePositionOf(5, 0, 10)).toBe(0.5);
    expect(rangePositionOf(12, 0, 10)).toBe(1);
    expect(rangePositionOf(5, null, 10)).toBeNull();
    expect(rangePositionOf(5, 3, 3)).toBeNull();
  });

  it("clips text to what a cell can show, never below a few characters", () => {
    expect(clipText("x".repeat(500), 70)).toHaveLength(20);
    expect(clipText("short", 70)).toBe("short");
    expect(clipText("y".repeat(50), 10)).toHaveLength(8);
  });

  it("writes datetime-local text for an offset", () => {
    expect(localInputOf("2026-06-01T23:30:00Z", 120)).toBe("2026-06-02T01:30");
    expect(localInputOf("2026-06-01T23:30:00Z", 0)).toBe("2026-06-01T23:30");
  });
});
