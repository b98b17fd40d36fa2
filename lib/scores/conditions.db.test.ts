import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { describeEachEngine } from "@/db/testing/engines";
import type { ScoreCondition } from "./conditions";
import { listScores } from "./query";
import { BASE_DATE, P1, seedFixtures } from "./test-fixtures";

async function ids(db: Database, where: ScoreCondition) {
  const page = await listScores(
    db,
    { projectId: P1, filters: { where }, sort: "timestamp", order: "desc", limit: 500, count: "none" },
    BASE_DATE,
  );
  return page.rows.map((row) => row.id).sort();
}

describeEachEngine(
  "condition trees",
  (t) => {
    const cases: [string, ScoreCondition, string[]][] = [
      ["eq", { field: "name", op: "eq", value: "notes" }, ["s08", "s17"]],
      [
        "ne keeps nulls",
        { field: "authorUserId", op: "ne", value: "u2" },
        [
          "s01",
          "s02",
          "s03",
          "s04",
          "s05",
          "s07",
          "s09",
          "s10",
          "s11",
          "s12",
          "s13",
          "s14",
          "s15",
          "s16",
          "s18",
          "s19",
          "s20",
          "s21",
          "s22",
          "s23",
        ],
      ],
      [
        "gt / lte on numbers",
        {
          and: [
            { field: "numericValue", op: "gt", value: 0.9 },
            { field: "numericValue", op: "lte", value: 3 },
          ],
        },
        ["s05", "s06", "s07", "s12", "s22", "s24"],
      ],
      [
        "in / notIn",
        {
          and: [
            { field: "environment", op: "in", value: ["staging", "canary"] },
            { field: "source", op: "notIn", value: ["API"] },
          ],
        },
        ["s03", "s04", "s14"],
      ],
      ["contains is case-sensitive", { field: "comment", op: "contains", value: "Too" }, ["s16"]],
      ["icontains", { field: "comment", op: "icontains", value: "too" }, ["s02", "s16"]],
      [
        "startsWith / endsWith",
        {
          or: [
            { field: "stringValue", op: "startsWith", value: "The" },
            { field: "stringValue", op: "endsWith", value: "answer" },
          ],
        },
        ["s09", "s17"],
      ],
      ["like wildcards are literal", { field: "comment", op: "contains", value: "_" }, ["s12", "s24"]],
      [
        "isNull",
        {
          and: [
            { field: "numericValue", op: "isNull" },
            { field: "dataType", op: "eq", value: "NUMERIC" },
          ],
        },
        ["s11"],
      ],
      [
        "dates",
        {
          and: [
            { field: "timestamp", op: "gte", value: new Date("2026-05-31T19:00:00Z") },
            { field: "timestamp", op: "lt", value: "2026-05-31T23:00:00.000Z" },
          ],
        },
        ["s02", "s03", "s04", "s05"],
      ],
      [
        "nested OR inside AND",
        {
          and: [
            { field: "name", op: "eq", value: "helpfulness" },
            {
              or: [
                { field: "source", op: "eq", value: "API" },
                { field: "environment", op: "eq", value: "eval" },
              ],
            },
          ],
        },
        ["s01", "s10", "s11", "s18", "s19", "s23"],
      ],
      [
        "not",
        { not: { field: "dataType", op: "in", value: ["NUMERIC", "CATEGORICAL", "BOOLEAN"] } },
        ["s08", "s09", "s17", "s21"],
      ],
      [
        "metadata number compares only numbers",
        { field: "metadata.latencyMs", op: "gt", value: 500 },
        ["s01"],
      ],
      ["metadata text", { field: "metadata.model", op: "startsWith", value: "gpt-4o" }, ["s01", "s05"]],
      ["metadata boolean", { field: "metadata.flagged", op: "eq", value: true }, ["s02"]],
      [
        "metadata key with quotes is a parameter",
        { field: "metadata.x'); drop table scores; --", op: "isNotNull" },
        [],
      ],
      [
        "ieq ignores case, not wildcards",
        {
          or: [
            { field: "stringValue", op: "ieq", value: "MISSING CITATION" },
            { field: "comment", op: "ieq", value: "50%50 split" },
          ],
        },
        ["s08"],
      ],
      ["empty in matches nothing", { field: "id", op: "in", value: [] }, []],
    ];
    for (const [title, where, expected] of cases) {
      it(title, async () => expect(await ids(t.db, where)).toEqual(expected));
    }
  },
  seedFixtures,
);
