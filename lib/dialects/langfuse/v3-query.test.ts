import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { formatLangfuseError } from "./errors";
import type { RawQuery } from "./route";
import { parseV3Query } from "./v3-query";

/**
 * Every rule of the reference's "HTTP 400" list for GET /api/public/v3/scores (§1.3, A.1–A.9 and
 * B.10–B.18), with the response a client gets: status, body shape and exact message.
 */
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const GOOD_CURSOR = cursorOf({ v: 1, lastTimestamp: "2026-06-01T00:00:00.000Z", lastId: "s1" });

async function responseTo(raw: RawQuery) {
  try {
    parseV3Query(raw);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const response = formatLangfuseError(error, "req-1", new Request("http://test/api/public/v3/scores"));
    return { status: response.status, body: (await response.json()) as { message: string; error: unknown } };
  }
  throw new Error(`expected a 400 for ${JSON.stringify(raw)}`);
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };
const issuesOf = async (raw: RawQuery) => {
  const { status, body } = await responseTo(raw);
  expect(status).toBe(400);
  expect(body.message).toBe("Invalid request data");
  expect(Array.isArray(body.error)).toBe(true);
  return body.error as Issue[];
};

describe("v3 field-level 400s (A.1–A.8): zod issues at the parameter's path", () => {
  const cases: [rule: string, raw: RawQuery, path: PropertyKey[], message?: string][] = [
    ["A.1 limit 0", { limit: "0" }, ["limit"]],
    ["A.1 limit -1", { limit: "-1" }, ["limit"]],
    ["A.1 limit 101", { limit: "101" }, ["limit"], "Too big: expected number to be <=100"],
    ["A.1 limit abc", { limit: "abc" }, ["limit"], "Invalid input: expected number, received NaN"],
    ["A.1 limit 1.5", { limit: "1.5" }, ["limit"]],
    ["A.2 fields trace", { fields: "trace" }, ["fields", 0]],
    ["A.2 fields unknown", { fields: "core,unknown" }, ["fields", 1]],
    ["A.2 fields are case-sensitive", { fields: "Details" }, ["fields", 0]],
    ["A.2 a trailing comma is an empty group", { fields: "details," }, ["fields", 1]],
    [
      "A.3 source",
      { source: "api,robot" },
      ["source"],
      'Invalid source value: "ROBOT". Allowed: API, EVAL, ANNOTATION',
    ],
    [
      "A.4 dataType",
      { dataType: "numbers" },
      ["dataType"],
      'Invalid dataType value: "NUMBERS". Allowed: NUMERIC, CATEGORICAL, BOOLEAN, CORRECTION, TEXT',
    ],
    ["A.5 valueMin abc", { valueMin: "abc", dataType: "NUMERIC" }, ["valueMin"]],
    ["A.5 valueMax Infinity", { valueMax: "Infinity", dataType: "NUMERIC" }, ["valueMax"]],
    ["A.5 valueMin -Infinity", { valueMin: "-Infinity", dataType: "NUMERIC" }, ["valueMin"]],
    ["A.5 valueMax NaN", { valueMax: "NaN", dataType: "NUMERIC" }, ["valueMax"]],
    ["A.6 fromTimestamp", { fromTimestamp: "yesterday-ish" }, ["fromTimestamp"]],
    ["A.6 toTimestamp", { toTimestamp: "2026-13-45" }, ["toTimestamp"]],
    ["A.8 repeated name", { name: ["a", "b"] }, ["name"], "Invalid input: expected string, received array"],
    ["A.8 repeated traceId", { traceId: ["t1", "t2"] }, ["traceId"]],
  ];
  it.each(cases)("%s", async (_rule, raw, path, message) => {
    const issues = await issuesOf(raw);
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(path);
    expect(typeof issues[0].code).toBe("string");
    if (message) expect(issues[0].message).toBe(message);
  });

  it.each(["page", "scoreIds", "datasetRunId", "operator", "filter", "orderBy"])(
    "A.7 unknown parameter %s: one unrecognized_keys issue",
    async (key) => {
      expect(await issuesOf({ [key]: "x" })).toEqual([
        { code: "unrecognized_keys", keys: [key], path: [], message: `Unrecognized key: "${key}"` },
      ]);
    },
  );
});

describe("v3 cursor 400s (A.9)", () => {
  it.each(["not base64 json", "%%%", cursorOf("just text").slice(0, 5)])(
    "an undecodable cursor (%s) is 'Invalid cursor format' with an error name",
    async (cursor) => {
      expect(await responseTo({ cursor })).toEqual({
        status: 400,
        body: { message: "Invalid cursor format", error: "InvalidRequestError" },
      });
    },
  );

  it("the undecodable cursor wins over other problems", async () => {
    expect((await responseTo({ cursor: "%%%", page: "2", limit: "0" })).body.message).toBe(
      "Invalid cursor format",
    );
  });

  const shapes: [what: string, value: unknown, path: PropertyKey[]][] = [
    ["v missing", { lastTimestamp: "2026-06-01T00:00:00.000Z", lastId: "s1" }, ["cursor", "v"]],
    ["v is 2", { v: 2, lastTimestamp: "2026-06-01T00:00:00.000Z", lastId: "s1" }, ["cursor", "v"]],
    ['v is "1"', { v: "1", lastTimestamp: "2026-06-01T00:00:00.000Z", lastId: "s1" }, ["cursor", "v"]],
    ["lastId missing", { v: 1, lastTimestamp: "2026-06-01T00:00:00.000Z" }, ["cursor", "lastId"]],
    ["lastTimestamp unparseable", { v: 1, lastTimestamp: "soon", lastId: "s1" }, ["cursor", "lastTimestamp"]],
  ];
  it.each(shapes)(
    "a JSON cursor of the wrong shape (%s) is a zod issue under cursor",
    async (_what, value, path) => {
      const issues = await issuesOf({ cursor: cursorOf(value) });
      expect(issues.map((issue) => issue.path)).toEqual([path]);
    },
  );

  it("extra keys in a cursor are ignored", () => {
    const cursor = cursorOf({ v: 1, lastTimestamp: "2026-06-01T00:00:00.000Z", lastId: "s1", page: 3 });
    expect(parseV3Query({ cursor }).cursor).toEqual({
      v: 1,
      lastTimestamp: new Date("2026-06-01T00:00:00.000Z"),
      lastId: "s1",
    });
  });
});

describe("v3 cross-field 400s (B.10–B.18): exact messages, custom issues at the root", () => {
  const cases: [rule: string, raw: RawQuery, message: string][] = [
    [
      "B.10 userId",
      { userId: "u1" },
      "userId filter requires a trace JOIN and is not supported in v3 — use v2 or omit this filter",
    ],
    [
      "B.11 traceTags",
      { traceTags: "prod" },
      "traceTags filter requires a trace JOIN and is not supported in v3 — use v2 or omit this filter",
    ],
    [
      "B.12 value without dataType",
      { value: "1" },
      "value filter requires a single dataType from: NUMERIC, BOOLEAN, CATEGORICAL",
    ],
    [
      "B.12 value with two dataTypes",
      { value: "1", dataType: "NUMERIC,BOOLEAN" },
      "value filter requires a single dataType from: NUMERIC, BOOLEAN, CATEGORICAL",
    ],
    [
      "B.12 a duplicated dataType counts twice",
      { value: "1", dataType: "NUMERIC,NUMERIC" },
      "value filter requires a single dataType from: NUMERIC, BOOLEAN, CATEGORICAL",
    ],
    [
      "B.13 value with TEXT",
      { value: "x", dataType: "text" },
      'value filter requires dataType to be NUMERIC, BOOLEAN, or CATEGORICAL (got "TEXT")',
    ],
    [
      "B.13 value with CORRECTION",
      { value: "x", dataType: "CORRECTION" },
      'value filter requires dataType to be NUMERIC, BOOLEAN, or CATEGORICAL (got "CORRECTION")',
    ],
    [
      "B.14 NUMERIC value not a number",
      { value: "abc", dataType: "NUMERIC" },
      'value filter with dataType=NUMERIC requires each value to be a finite number (got "abc")',
    ],
    [
      "B.15 BOOLEAN value 1",
      { value: "1", dataType: "BOOLEAN" },
      'value filter with dataType=BOOLEAN requires each value to be "true" or "false" (got "1")',
    ],
    [
      "B.15 BOOLEAN value True",
      { value: "True", dataType: "boolean" },
      'value filter with dataType=BOOLEAN requires each value to be "true" or "false" (got "True")',
    ],
    [
      "B.16 valueMin without dataType",
      { valueMin: "1" },
      "valueMin and valueMax require dataType=NUMERIC as a single value",
    ],
    [
      "B.16 valueMax with BOOLEAN",
      { valueMax: "1", dataType: "BOOLEAN" },
      "valueMin and valueMax require dataType=NUMERIC as a single value",
    ],
    [
      "B.16 valueMin with NUMERIC,NUMERIC",
      { valueMin: "1", dataType: "NUMERIC,NUMERIC" },
      "valueMin and valueMax require dataType=NUMERIC as a single value",
    ],
    [
      "B.17 observationId without traceId",
      { observationId: "o1" },
      "observationId filter requires traceId — observation IDs are scoped to a trace",
    ],
    [
      "B.18 traceId and sessionId",
      { traceId: "t1", sessionId: "s1" },
      "At most one of traceId, sessionId, experimentId may be specified",
    ],
    [
      "B.18 sessionId and experimentId",
      { sessionId: "s1", experimentId: "e1" },
      "At most one of traceId, sessionId, experimentId may be specified",
    ],
  ];
  it.each(cases)("%s", async (_rule, raw, message) => {
    expect(await issuesOf(raw)).toEqual([{ code: "custom", path: [], message }]);
  });

  it("B.14 reports one issue per bad NUMERIC value", async () => {
    const issues = await issuesOf({ value: "1,abc,Infinity", dataType: "NUMERIC" });
    expect(issues.map((issue) => issue.message)).toEqual([
      'value filter with dataType=NUMERIC requires each value to be a finite number (got "abc")',
      'value filter with dataType=NUMERIC requires each value to be a finite number (got "Infinity")',
    ]);
  });

  it("B.17 + B.18: observationId with sessionId reports both rules together", async () => {
    const messages = (await issuesOf({ observationId: "o1", sessionId: "s1", experimentId: "e1" })).map(
      (issue) => issue.message,
    );
    expect(messages).toEqual([
      "observationId filter requires traceId — observation IDs are scoped to a trace",
      "At most one of traceId, sessionId, experimentId may be specified",
    ]);
  });

  it("cross-field rules run only when every field passed: an unknown key hides them", async () => {
    expect(await issuesOf({ page: "2", observationId: "o1" })).toEqual([
      { code: "unrecognized_keys", keys: ["page"], path: [], message: 'Unrecognized key: "page"' },
    ]);
  });
});

describe("v3 requests that are not 400s", () => {
  it("uses defaults and treats empty parameters as absent", () => {
    const query = parseV3Query({
      limit: "",
      name: "",
      id: ",,",
      valueMin: "",
      fromTimestamp: "",
      userId: "",
    });
    expect(query).toMatchObject({ limit: 50, fields: ["core"], name: [], id: [] });
    expect(query.valueMin).toBeUndefined();
    expect(query.fromTimestamp).toBeUndefined();
    expect(query.userId).toBeUndefined();
  });

  it("accepts repeated fields, case-insensitive enums, trimmed CSV and Number() forms", () => {
    const query = parseV3Query({
      fields: ["details", "subject"],
      source: " api , Eval ",
      dataType: "numeric",
      value: "0x10,1e3",
      valueMin: "5",
      valueMax: "1",
      traceId: "t1",
      observationId: "o1,o2",
      fromTimestamp: "2026-01-01",
      cursor: GOOD_CURSOR,
    });
    expect(query).toMatchObject({
      fields: ["details", "subject"],
      source: ["API", "EVAL"],
      dataType: ["NUMERIC"],
      value: ["0x10", "1e3"],
      valueMin: 5,
      valueMax: 1,
      observationId: ["o1", "o2"],
      fromTimestamp: new Date("2026-01-01T00:00:00.000Z"),
    });
  });

  it("CATEGORICAL values and value + range together are allowed", () => {
    expect(parseV3Query({ dataType: "CATEGORICAL", value: "good,bad" }).value).toEqual(["good", "bad"]);
    expect(parseV3Query({ dataType: "NUMERIC", value: "1", valueMin: "0", valueMax: "2" }).value).toEqual([
      "1",
    ]);
  });
});
