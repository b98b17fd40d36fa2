import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { scores, type NewScoreRow } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { buildConditionSql, type ScoreCondition } from "./conditions";
import { listScores } from "./query";
import { BASE_DATE, P1, seedFixtures } from "./test-fixtures";

/**
 * The two condition fields that are not one scalar: `categories` compares each category of a
 * multi-select score, `jsonValue` compares whole JSON documents. Rows of their own (names start
 * with `cv-`) on top of the engine's fixtures, so the expected ids are only these.
 */
const row = (id: string, fields: Partial<NewScoreRow>): NewScoreRow => ({
  projectId: P1,
  id,
  name: `cv-${id}`,
  dataType: "CATEGORICAL",
  source: "API",
  subjectKind: "trace",
  traceId: `t-${id}`,
  timestamp: BASE_DATE,
  ...fields,
});

const ROWS = [
  row("c1", { stringValue: "bug", categories: ["bug", "ux"] }),
  row("c2", { stringValue: "docs", categories: ["docs"] }),
  row("c3", { stringValue: "ux" }), // a single category sent as a string: no list
  row("j1", { dataType: "JSON", jsonValue: { a: 1, b: [1, 2] } }),
  row("j2", { dataType: "JSON", jsonValue: "4" }),
  row("j3", { dataType: "JSON", jsonValue: { a: 2 } }),
];

async function seed(db: Database) {
  await seedFixtures(db);
  await db.insert(scores).values(ROWS);
}

async function ids(db: Database, where: ScoreCondition) {
  const own: ScoreCondition = { field: "name", op: "startsWith", value: "cv-" };
  const page = await listScores(
    db,
    {
      projectId: P1,
      filters: { where: { and: [own, where] } },
      sort: "timestamp",
      order: "desc",
      limit: 50,
      count: "none",
    },
    BASE_DATE,
  );
  return page.rows.map((found) => found.id).sort();
}

describeEachEngine(
  "condition trees on categories and JSON documents",
  (t) => {
    const cases: [string, ScoreCondition, string[]][] = [
      ["eq: some category", { field: "categories", op: "eq", value: "ux" }, ["c1"]],
      [
        "in: some category among the values",
        { field: "categories", op: "in", value: ["docs", "ux"] },
        ["c1", "c2"],
      ],
      [
        "ne: no category equals (no list counts)",
        { field: "categories", op: "ne", value: "bug" },
        ["c2", "c3", "j1", "j2", "j3"],
      ],
      [
        "notIn: no category among the values",
        { field: "categories", op: "notIn", value: ["bug", "docs"] },
        ["c3", "j1", "j2", "j3"],
      ],
      ["ieq", { field: "categories", op: "ieq", value: "DOCS" }, ["c2"]],
      ["icontains", { field: "categories", op: "icontains", value: "U" }, ["c1"]],
      ["startsWith with a literal wildcard", { field: "categories", op: "startsWith", value: "b%" }, []],
      ["isNull: no list", { field: "categories", op: "isNull" }, ["c3", "j1", "j2", "j3"]],
      ["isNotNull", { field: "categories", op: "isNotNull" }, ["c1", "c2"]],
      [
        "jsonValue eq ignores key order and spacing",
        { field: "jsonValue", op: "eq", value: '{ "b": [1, 2], "a": 1.0 }' },
        ["j1"],
      ],
      ["jsonValue eq: a JSON string is not a number", { field: "jsonValue", op: "eq", value: "4" }, []],
      ["jsonValue eq: the JSON string", { field: "jsonValue", op: "eq", value: '"4"' }, ["j2"]],
      ["jsonValue in", { field: "jsonValue", op: "in", value: ['{"a":2}', '"4"'] }, ["j2", "j3"]],
      [
        "jsonValue ne keeps nulls",
        { field: "jsonValue", op: "ne", value: '{"a":2}' },
        ["c1", "c2", "c3", "j1", "j2"],
      ],
      [
        "jsonValue notIn",
        { field: "jsonValue", op: "notIn", value: ['{"a":2}', '"4"'] },
        ["c1", "c2", "c3", "j1"],
      ],
      ["jsonValue isNotNull", { field: "jsonValue", op: "isNotNull" }, ["j1", "j2", "j3"]],
    ];
    for (const [title, where, expected] of cases) {
      it(title, async () => expect(await ids(t.db, where)).toEqual(expected));
    }
  },
  seed,
);

it("refuses what the dialects must never send: text operators on JSON, non-JSON or non-text values", () => {
  const bad: ScoreCondition[] = [
    { field: "jsonValue", op: "contains", value: "a" },
    { field: "jsonValue", op: "eq", value: "{not json" },
    { field: "jsonValue", op: "eq", value: 4 },
    { field: "categories", op: "eq", value: 1 },
  ];
  for (const where of bad) expect(() => buildConditionSql(where)).toThrow();
});
