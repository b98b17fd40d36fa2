import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseCreateScoresBody, parseScorePatchBody } from "./parse-score-body";
import { scoreInputSchema, scorePatchSchema } from "./score-input";
import type { ScoreConfigRow } from "./write-context";
import { columnsForValue, inferDataType } from "./score-values";

const base = { name: "quality", value: 1, traceId: "t1" };

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError)
      return { status: error.status, message: error.message, issues: error.issues };
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("scoreInputSchema", () => {
  it("normalizes enum case and fills defaults only where they do not depend on the writer", () => {
    const parsed = scoreInputSchema.parse({
      ...base,
      dataType: "numeric",
      source: "eval",
      environment: "Production",
      timestamp: "2026-06-01T02:00:00+02:00",
    });
    // An environment is a name, stored exactly as sent.
    expect(parsed).toMatchObject({ dataType: "NUMERIC", source: "EVAL", environment: "Production" });
    expect(parsed.timestamp?.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(scoreInputSchema.parse(base).source).toBeUndefined();
  });

  it("requires a name unless configId is given, and a subject id", () => {
    const result = scoreInputSchema.safeParse({ value: 1 });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["name", "Required unless configId is given"],
      ["traceId", "Give at least one subject id: traceId, observationId, sessionId or experimentId"],
    ]);
    expect(scoreInputSchema.safeParse({ configId: "c1", value: 1, sessionId: "s1" }).success).toBe(true);
  });

  it("checks the value against an explicit dataType", () => {
    const cases: [string, unknown, string][] = [
      ["NUMERIC", "7", "A NUMERIC value must be a number"],
      ["BOOLEAN", 2, "A BOOLEAN value must be true, false, 1 or 0"],
      ["CATEGORICAL", [], "Select at least one category"],
      ["CATEGORICAL", ["a", "a"], "Each category may be selected once"],
      ["TEXT", 5, "A TEXT value must be a string"],
      ["JSON", null, "A value is required"],
    ];
    for (const [dataType, value, message] of cases) {
      const result = scoreInputSchema.safeParse({ ...base, dataType, value });
      expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["value"], message })]);
    }
  });

  it("rejects what PostgreSQL would refuse later: NUL, lone surrogates, deep JSON, year 0", () => {
    const deep = JSON.parse("[".repeat(100) + "]".repeat(100));
    const bad = [
      { ...base, comment: "a\u0000b" },
      { ...base, name: "\ud800" },
      { ...base, value: deep },
      { ...base, metadata: { ["k\u0000"]: 1 } },
      { ...base, timestamp: "0000-01-01T00:00:00Z" },
      { ...base, environment: "bad env!" },
      { ...base, id: "x".repeat(256) },
      { ...base, promptVersion: 2 ** 31 },
    ];
    for (const input of bad)
      expect(scoreInputSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
  });
});

describe("parseCreateScoresBody", () => {
  it("tells one score from a batch", () => {
    expect(parseCreateScoresBody(base)).toMatchObject({ batch: false, scores: [{ name: "quality" }] });
    expect(parseCreateScoresBody({ scores: [base, base] }).scores).toHaveLength(2);
  });

  it("names unknown keys at their own path", () => {
    const error = issuesOf(() => parseCreateScoresBody({ scores: [base, { ...base, colour: "red" }] }));
    expect(error.status).toBe(400);
    expect(error.issues).toEqual([{ path: "scores.1.colour", message: 'Unknown field "colour"' }]);
    expect(issuesOf(() => parseCreateScoresBody({ ...base, extra: 1 })).issues?.[0].path).toBe("extra");
  });

  it("refuses more than 1000 scores before parsing them, and an empty batch", () => {
    const error = issuesOf(() => parseCreateScoresBody({ scores: Array.from({ length: 1001 }, () => ({})) }));
    expect(error.message).toBe("Invalid body: scores: A batch holds at most 1000 scores, got 1001");
    expect(issuesOf(() => parseCreateScoresBody({ scores: [] })).issues?.[0].path).toBe("scores");
  });

  it("summarizes many issues in the message and lists all of them", () => {
    const error = issuesOf(() =>
      parseCreateScoresBody({ scores: Array.from({ length: 8 }, () => ({ ...base, value: null })) }),
    );
    expect(error.issues).toHaveLength(8);
    expect(error.message).toMatch(/\(and 3 more\)$/);
  });
});

describe("scorePatchSchema", () => {
  it("takes value, comment and metadata only, at least one of them", () => {
    expect(scorePatchSchema.parse({ comment: null })).toEqual({ comment: null });
    expect(issuesOf(() => parseScorePatchBody({})).issues).toEqual([
      { path: "(root)", message: "Give at least one of value, comment, metadata" },
    ]);
    expect(issuesOf(() => parseScorePatchBody({ name: "x" })).issues?.[0].path).toBe("name");
    expect(issuesOf(() => parseScorePatchBody({ metadata: [] })).issues?.[0].path).toBe("metadata");
  });
});

describe("score values", () => {
  it("infers data types from values", () => {
    expect([7, true, "ok", ["a"], { a: 1 }, [1]].map(inferDataType)).toEqual([
      "NUMERIC",
      "BOOLEAN",
      "TEXT",
      "CATEGORICAL",
      "JSON",
      "JSON",
    ]);
  });

  it("maps values to columns", () => {
    expect(columnsForValue("BOOLEAN", 0, null)).toEqual({
      columns: { numericValue: 0, stringValue: "False", categories: null, jsonValue: null },
    });
    expect(columnsForValue("CATEGORICAL", ["a", "b"], null)).toEqual({
      columns: { numericValue: null, stringValue: "a", categories: ["a", "b"], jsonValue: null },
    });
    expect(columnsForValue("JSON", { a: [1] }, null)).toEqual({
      columns: { numericValue: null, stringValue: null, categories: null, jsonValue: { a: [1] } },
    });
  });

  it("holds a number to its label's step grid, counted from the minimum, within float noise", () => {
    const halves = { name: "halves", minValue: 1, maxValue: 5, step: 0.5 } as ScoreConfigRow;
    const tenths = { name: "tenths", minValue: 0, maxValue: 1, step: 0.1 } as ScoreConfigRow;
    expect(columnsForValue("NUMERIC", 2.5, halves)).toMatchObject({ columns: { numericValue: 2.5 } });
    expect(columnsForValue("NUMERIC", 0.1 * 3, tenths)).toMatchObject({ columns: {} });
    expect(columnsForValue("NUMERIC", 2.2, halves)).toEqual({
      problem: 'Value 2.2 is not a multiple of the step 0.5 (from 1) of config "halves"',
    });
    expect(columnsForValue("NUMERIC", 2.2, { ...halves, step: null })).toMatchObject({ columns: {} });
  });
});
