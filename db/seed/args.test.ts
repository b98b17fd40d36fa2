import { describe, expect, it } from "vitest";
import { ArgsError, parseSeedArgs } from "./args";

describe("parseSeedArgs", () => {
  it("reads every flag, in both spellings", () => {
    expect(parseSeedArgs(["--scores", "1000000", "--seed=7", "--project", "demo"])).toMatchObject({
      scores: 1_000_000,
      seed: 7,
      projectId: "demo",
    });
    expect(parseSeedArgs(["--scores=1_000_000"]).scores).toBe(1_000_000);
    expect(parseSeedArgs(["--scores", "1,000"]).scores).toBe(1000);
    expect(parseSeedArgs(["--seed", "-3"]).seed).toBe(-3);
    expect(parseSeedArgs(["--base-date", "2026-06-01T00:00:00Z"]).baseDate?.toISOString()).toBe(
      "2026-06-01T00:00:00.000Z",
    );
  });

  it("has defaults", () => {
    expect(parseSeedArgs([])).toEqual({ scores: 50_000, seed: 1, help: false });
    expect(parseSeedArgs(["--help"]).help).toBe(true);
  });

  it.each([
    [["--scores", "0"], /positive integer/],
    [["--scores", "-5"], /positive integer/],
    [["--scores", "1.5"], /must be an integer/],
    [["--scores", "lots"], /must be an integer/],
    [["--scores"], /needs a value/],
    [["--scores", "--seed", "1"], /needs a value/],
    [["--seed", "1e3"], /must be an integer/],
    [["--seed", "99999999999999999999"], /must be an integer/],
    [["--project", "a b"], /plain id/],
    [["--base-date", "yesterday"], /ISO date/],
    [["--bogus", "1"], /unknown argument "--bogus"/],
    [["500"], /unknown argument "500"/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(ArgsError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});
