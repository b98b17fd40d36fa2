import { describe, expect, it } from "vitest";
import { describeStartFailure } from "./start-failure";

describe("start failure message", () => {
  it("is readable for errors, their causes and the plain objects PGlite throws", () => {
    expect(describeStartFailure({ name: "ErrnoError", errno: 44 })).toBe("ErrnoError, errno 44");
    const wrapped = new Error("The embedded database in /data could not be opened: ErrnoError, errno 44", {
      cause: { name: "ErrnoError", errno: 44 },
    });
    expect(describeStartFailure(wrapped)).toBe(wrapped.message);
    const chained = new Error("migration failed", { cause: new Error("connection refused") });
    expect(describeStartFailure(chained)).toBe("migration failed: caused by connection refused");
    expect(describeStartFailure(null)).toBe("null");
    expect(describeStartFailure({})).toBe("{}");
  });
});
