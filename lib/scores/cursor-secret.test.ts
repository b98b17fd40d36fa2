import { afterEach, describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, type Cursor } from "./cursor";
import { cursorSecret, setStoredCursorSecret } from "./cursor-secret";

const cursor: Cursor = {
  sort: "timestamp",
  order: "desc",
  direction: "next",
  position: { value: "2026-01-01T00:00:00.000Z", id: "score-1" },
  filterHash: "h",
};
const expected = { sort: cursor.sort, order: cursor.order, filterHash: cursor.filterHash };

afterEach(() => setStoredCursorSecret(undefined));

describe("cursor secret", () => {
  it("prefers SCORELENS_CURSOR_SECRET, then the stored one, then the built-in key", () => {
    setStoredCursorSecret("stored-secret");
    expect(cursorSecret({ SCORELENS_CURSOR_SECRET: "from-env" })).toBe("from-env");
    expect(cursorSecret({})).toBe("stored-secret");
    setStoredCursorSecret(undefined);
    expect(cursorSecret({})).toBe("scorelens-cursor-v1");
  });

  it("signs cursors with the stored secret: one signed with another key reads as altered", () => {
    const builtIn = encodeCursor(cursor);
    setStoredCursorSecret("stored-secret");
    expect(() => decodeCursor(builtIn, expected)).toThrow(/altered/);
    expect(decodeCursor(encodeCursor(cursor), expected)).toEqual(cursor);
  });
});
