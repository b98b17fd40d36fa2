import { describe, expect, it } from "vitest";
import { describeActor, formatRelativeTime } from "./revision-format";

describe("describeActor", () => {
  it("names people by name with their email, and falls back to the email or the id", () => {
    expect(describeActor({ kind: "user", id: "u1", name: "Ada", email: "ada@example.com" })).toEqual({
      name: "Ada",
      detail: "ada@example.com",
    });
    expect(describeActor({ kind: "user", id: "u1", name: null, email: "ada@example.com" })).toEqual({
      name: "ada@example.com",
      detail: null,
    });
    expect(describeActor({ kind: "user", id: "u1", name: null, email: null })).toEqual({
      name: "Deleted user",
      detail: "u1",
    });
  });

  it("names API keys by their note, else by id, and says when nobody was recorded", () => {
    expect(describeActor({ kind: "apiKey", id: "k1", name: "CI" })).toEqual({
      name: "API key “CI”",
      detail: null,
    });
    expect(describeActor({ kind: "apiKey", id: "k1", name: null })).toEqual({
      name: "API key",
      detail: "k1",
    });
    expect(describeActor(null).name).toBe("Unknown");
  });
});

describe("formatRelativeTime", () => {
  const now = Date.parse("2026-06-10T12:00:00.000Z");
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it("reads like speech, past and future", () => {
    expect(formatRelativeTime(ago(10), now)).toBe("just now");
    expect(formatRelativeTime(ago(5 * 60), now)).toBe("5 minutes ago");
    expect(formatRelativeTime(ago(3 * 3600), now)).toBe("3 hours ago");
    expect(formatRelativeTime(ago(26 * 3600), now)).toBe("yesterday");
    expect(formatRelativeTime(ago(15 * 24 * 3600), now)).toBe("2 weeks ago");
    expect(formatRelativeTime(ago(400 * 24 * 3600), now)).toBe("last year");
    expect(formatRelativeTime(ago(-2 * 3600), now)).toBe("in 2 hours");
  });
});
