import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseListParamsLenient, parseListParamsStrict, serializeListParams } from "./filter-codec";
import { countModes, sortFields, timeRanges, type ScoreListParams } from "./filters";

const strictError = (raw: Record<string, string>) => {
  try {
    parseListParamsStrict(raw);
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a 400");
};

describe("strict parse", () => {
  it("parses lists, enums in any case, numbers and timestamps", () => {
    expect(
      parseListParamsStrict({
        name: "a, b,,c",
        source: "eval,Annotation",
        dataType: "numeric",
        value: "1,2.5",
        valueMin: "-1e2",
        fromTimestamp: "2026-06-01T00:00:00Z",
        hasComment: "false",
        limit: "20",
        order: "ASC",
      }),
    ).toEqual({
      name: ["a", "b", "c"],
      source: ["EVAL", "ANNOTATION"],
      dataType: ["NUMERIC"],
      value: ["1", "2.5"],
      valueMin: -100,
      fromTimestamp: new Date("2026-06-01T00:00:00Z"),
      hasComment: false,
      limit: 20,
      order: "asc",
    });
  });

  it("lists every issue with its parameter", () => {
    const error = strictError({
      limit: "0",
      sort: "random",
      bogus: "1",
      valueMin: "abc",
      source: "API,HUMAN",
    });
    expect(error.status).toBe(400);
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual([
      "(root)",
      "limit",
      "sort",
      "source.1",
      "valueMin",
    ]);
    expect(error.issues?.find((issue) => issue.path === "(root)")?.message).toMatch(/bogus/);
  });

  it.each([
    [{ value: "1" }, "value"],
    [{ value: "x", dataType: "NUMERIC" }, "value"],
    [{ value: "maybe", dataType: "BOOLEAN" }, "value"],
    [{ range: "24h", fromTimestamp: "2026-06-01T00:00:00Z" }, "range"],
    [{ fromTimestamp: "2026-06-02T00:00:00Z", toTimestamp: "2026-06-01T00:00:00Z" }, "toTimestamp"],
    [{ valueMin: "2", valueMax: "1" }, "valueMax"],
    [{ page: "2", cursor: "abc" }, "page"],
    [{ page: "201" }, "page"],
    [{ page: "21", limit: "500" }, "page"],
    [{ limit: "501" }, "limit"],
    [{ fromTimestamp: "yesterday" }, "fromTimestamp"],
  ])("rejects %j naming %s", (raw, path) => {
    expect(strictError(raw as Record<string, string>).issues?.map((issue) => issue.path)).toContain(path);
  });
});

describe("lenient parse", () => {
  it("keeps good values and reports the dropped ones", () => {
    const { params, dropped } = parseListParamsLenient({
      name: "tone",
      limit: "9999",
      colour: "red",
      range: "24h",
    });
    expect(params).toEqual({ name: ["tone"], range: "24h" });
    expect(dropped.map((d) => d.key).sort()).toEqual(["colour", "limit"]);
  });

  it("drops a parameter that breaks a rule between parameters", () => {
    const { params, dropped } = parseListParamsLenient({ value: "1", name: "x" });
    expect(params).toEqual({ name: ["x"] });
    expect(dropped).toEqual([{ key: "value", value: "1", message: expect.stringMatching(/dataType/) }]);
  });
});

const token = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
const paramsArbitrary: fc.Arbitrary<ScoreListParams> = fc.record(
  {
    name: fc.array(token, { minLength: 1, maxLength: 3 }),
    environment: fc.array(token, { minLength: 1, maxLength: 3 }),
    source: fc.subarray(["API", "EVAL", "ANNOTATION"] as const, { minLength: 1 }),
    valueMin: fc.integer({ min: -1000, max: 0 }),
    valueMax: fc.integer({ min: 0, max: 1000 }),
    range: fc.constantFrom(...timeRanges),
    q: token,
    hasComment: fc.boolean(),
    sort: fc.constantFrom(...sortFields),
    order: fc.constantFrom("asc", "desc" as const),
    limit: fc.integer({ min: 1, max: 20 }),
    page: fc.integer({ min: 1, max: 50 }),
    count: fc.constantFrom(...countModes),
  },
  { requiredKeys: [] },
);

describe("codec round trip", () => {
  it("parse(serialize(x)) = x, strictly and leniently", () => {
    fc.assert(
      fc.property(paramsArbitrary, (params) => {
        const raw = Object.fromEntries(serializeListParams(params));
        expect(parseListParamsStrict(raw)).toEqual(params);
        expect(parseListParamsLenient(raw)).toEqual({ params, dropped: [] });
      }),
    );
  });
});
