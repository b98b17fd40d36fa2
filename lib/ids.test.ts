import { describe, expect, it } from "vitest";
import { newId } from "./ids";

describe("newId", () => {
  it("makes distinct UUID v7 strings that sort by creation time", async () => {
    const first = Array.from({ length: 600 }, newId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = newId();
    expect(new Set(first).size).toBe(600);
    for (const id of first)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.every((id) => id < later)).toBe(true);
  });
});
