import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { scores } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { bearer, P2_ORDER, seedRespanFixtures } from "@/lib/dialects/respan/test-fixtures";
import { BASE_DATE, P2 } from "@/lib/scores/test-fixtures";
import { POST as filterScores } from "./list/route";

/**
 * `categorical_value` and `json_value` in POST /api/scores/list/ filters. Categories are tested
 * one by one (a score matches when one of its categories does); JSON documents are compared
 * whole, whatever their key order or spacing. Besides the fixture rows (r05 tags [bug, ux], r07
 * {"rating": 5}): a single category sent as a string, a two-category list, a text score whose
 * text is a category name (it must never match), and two more JSON documents.
 */
type Page = { results: { id: string; json_value: string | null }[] };

const EXTRA = [
  { id: "v1", name: "tags", configId: "cfg-tags", dataType: "CATEGORICAL", stringValue: "docs" },
  {
    id: "v2",
    name: "tags",
    configId: "cfg-tags",
    dataType: "CATEGORICAL",
    stringValue: "docs",
    categories: ["docs", "ux"],
  },
  { id: "v3", name: "payload", dataType: "JSON", jsonValue: { rating: 3, tags: ["a"] } },
  { id: "v4", name: "payload", dataType: "JSON", jsonValue: "ok" },
  { id: "v5", name: "notes", dataType: "TEXT", stringValue: "ux" },
] as const;

async function seed(db: Database) {
  await seedRespanFixtures(db);
  await db.insert(scores).values(
    EXTRA.map((row) => ({
      ...row,
      categories: "categories" in row ? [...row.categories] : null,
      projectId: P2,
      source: "API" as const,
      subjectKind: "observation" as const,
      observationId: `log-${row.id}`,
      timestamp: BASE_DATE,
    })),
  );
}

const ALL = [...P2_ORDER, ...EXTRA.map((row) => row.id)].sort();
const except = (...ids: string[]) => ALL.filter((id) => !ids.includes(id));

describeEachEngine(
  "Respan filters on categorical_value and json_value",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    const post = (filters: unknown) =>
      callRoute(filterScores, "/api/scores/list/?page_size=100", {
        method: "POST",
        headers: bearer(),
        body: { filters },
      });
    async function ids(filters: unknown): Promise<string[]> {
      const response = await post(filters);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return (response.body as Page).results.map((score) => score.id).sort();
    }
    const expectations = (field: string, cases: [string, unknown, string[]][]) =>
      it.each(cases)(`${field} '%s' %j`, async (operator, value, expected) => {
        const condition = { operator, ...(value === undefined ? {} : { value }) };
        expect(await ids({ [field]: condition })).toEqual(expected);
      });

    describe("categorical_value: a score matches when one of its categories does", () => {
      expectations("categorical_value", [
        ["", "ux", ["r05", "v2"]],
        ["", ["docs"], ["v1", "v2"]],
        ["in", ["bug", "docs"], ["r05", "v1", "v2"]],
        ["not", "docs", except("v1", "v2")],
        ["iexact", "UX", ["r05", "v2"]],
        ["contains", "o", ["v1", "v2"]],
        ["icontains", "U", ["r05", "v2"]],
        ["startswith", "d", ["v1", "v2"]],
        ["endswith", ["g", "x"], ["r05", "v2"]],
        ["isnull", false, ["r05", "v1", "v2"]],
        ["empty", undefined, except("r05", "v1", "v2")],
        ["not_empty", undefined, ["r05", "v1", "v2"]],
      ]);
    });

    describe("json_value: whole JSON documents", () => {
      expectations("json_value", [
        ["", '{"rating":5}', ["r07"]],
        ["", '{ "rating": 5.0 }', ["r07"]],
        ["", '{"tags": ["a"], "rating": 3}', ["v3"]],
        ["", "5", []],
        ["in", ['{"rating":5}', '"ok"'], ["r07", "v4"]],
        ["not", '{"rating":5}', except("r07")],
        ["isnull", false, ["r07", "v3", "v4"]],
        ["empty", undefined, except("r07", "v3", "v4")],
      ]);

      it("the json_value a list shows finds its score again", async () => {
        const response = await post({ json_value: { operator: "not_empty" } });
        for (const score of (response.body as Page).results) {
          expect(await ids({ json_value: { operator: "", value: score.json_value } })).toEqual([score.id]);
        }
      });
    });

    it.each([
      [
        { categorical_value: { operator: "lt", value: "docs" } },
        "Operator 'lt' does not apply to category field 'categorical_value'; it takes '', 'not', 'in', 'isnull', 'empty', 'not_empty', 'iexact', 'contains', 'icontains', 'startswith', 'endswith'",
      ],
      [
        { json_value: { operator: "icontains", value: "rating" } },
        "Operator 'icontains' does not apply to json field 'json_value'; it takes '', 'not', 'in', 'isnull', 'empty', 'not_empty'",
      ],
      [
        { json_value: { operator: "", value: "{rating: 5}" } },
        `Filter 'json_value' expects a JSON document encoded as a string, got "{rating: 5}"`,
      ],
    ])("400 naming the field and operator: %j", async (filters, detail) => {
      const response = await post(filters);
      expect(response).toMatchObject({ status: 400, body: { detail } });
    });
  },
  seed,
);
