import { describe, expect, it } from "vitest";
import { parsePostScoreBody } from "./score-body";
import {
  metadataObjectOf,
  normalizeEnvironment,
  toScoreInput,
  type ConversionContext,
} from "./score-conversion";

/** Langfuse's write rules that the dialect adds on top of the engine's input schema. */
const NOW = new Date("2026-06-01T12:00:00.000Z");
const fresh: ConversionContext = { timestamp: NOW, hasConfigNamed: false };
const convert = (body: Record<string, unknown>, context: ConversionContext = fresh) =>
  toScoreInput(parsePostScoreBody({ traceId: "t1", ...body }), context);
const inputOf = (body: Record<string, unknown>, context?: ConversionContext) => {
  const result = convert(body, context);
  if (!("input" in result)) throw new Error(JSON.stringify(result.issues));
  return result.input;
};

describe("normalizeEnvironment", () => {
  it.each([
    [undefined, "default"],
    ["", "default"],
    ["Production", "production"],
    ["langfuse-eval", "eval"],
    ["langfuse_langfuse-x", "x"],
    ["langfuse", "langfuse"],
    ["langfuse-", "default"],
    ["with space", "default"],
    ["a".repeat(45), "a".repeat(40)],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeEnvironment(raw)).toBe(expected);
  });
});

describe("metadataObjectOf", () => {
  it.each([
    [{ a: 1 }, { a: 1 }],
    ["text", { metadata: "text" }],
    [3, { metadata: 3 }],
    [[1, "2"], { metadata: [1, "2"] }],
    [null, undefined],
    [undefined, undefined],
  ])("%j → %j", (metadata, expected) => {
    expect(metadataObjectOf(metadata)).toEqual(expected);
  });
});

describe("toScoreInput", () => {
  it("infers NUMERIC from a number and CATEGORICAL from a string, unless a config decides", () => {
    expect(inputOf({ name: "n", value: 1 }).dataType).toBe("NUMERIC");
    expect(inputOf({ name: "c", value: "good" }).dataType).toBe("CATEGORICAL");
    expect(
      inputOf({ name: "c", value: "good" }, { ...fresh, hasConfigNamed: true }).dataType,
    ).toBeUndefined();
    expect(inputOf({ name: "c", value: "good", configId: "cfg" }).dataType).toBeUndefined();
  });

  it("names every CORRECTION output, maps datasetRunId to experimentId and stamps the request time", () => {
    expect(inputOf({ name: "fix", value: "x", dataType: "CORRECTION" })).toMatchObject({
      name: "output",
      timestamp: NOW,
      environment: "default",
    });
    const run = inputOf({ name: "n", value: 1, traceId: undefined, datasetRunId: "run-1" });
    expect(run).toMatchObject({ experimentId: "run-1" });
    expect(run.traceId).toBeUndefined();
  });

  it("keeps timestamp, traceId and environment of the stored score on an upsert", () => {
    const existing = {
      timestamp: new Date("2026-01-01T00:00:00.000Z"),
      traceId: "t-first",
      environment: "first",
    };
    expect(
      inputOf(
        { id: "s1", name: "n", value: 2, traceId: "t-new", environment: "new" },
        { ...fresh, existing },
      ),
    ).toMatchObject({
      timestamp: existing.timestamp,
      traceId: "t-first",
      environment: "first",
      value: 2,
    });
  });

  it("reports the engine's input limits with Langfuse's field names", () => {
    const result = convert({ name: "n", value: 1, traceId: undefined, datasetRunId: "r".repeat(300) });
    expect(result).toEqual({
      issues: [expect.objectContaining({ path: ["datasetRunId"], code: "too_big" })],
    });
  });
});
