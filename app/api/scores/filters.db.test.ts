import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { bearer, P2_ORDER, seedRespanFixtures } from "@/lib/dialects/respan/test-fixtures";
import { POST as filterScores } from "./list/route";

/**
 * POST /api/scores/list/ over the Respan fixture rows of project P2: every operator on a text,
 * a number, a boolean, a date and a metadata field, derived fields, connectors and groups.
 * Each expectation was worked out by hand from lib/dialects/respan/test-fixtures.ts.
 */
type Page = { count: number; results: { id: string }[]; current_filters: unknown };

const ALL = [...P2_ORDER].sort();
const except = (...ids: string[]) => ALL.filter((id) => !ids.includes(id));

describeEachEngine(
  "Respan filter endpoint",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    async function post(body: unknown, path = "/api/scores/list/?page_size=100") {
      return callRoute(filterScores, path, { method: "POST", headers: bearer(), body });
    }
    async function ids(filters: unknown): Promise<string[]> {
      const response = await post({ filters });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const page = response.body as Page;
      expect(page.count).toBe(page.results.length);
      return page.results.map((score) => score.id).sort();
    }
    const on = (field: string, operator: string, value?: unknown) =>
      ids({ [field]: { operator, ...(value === undefined ? {} : { value }) } });

    const expectations = (field: string, cases: [string, unknown, string[]][]) =>
      it.each(cases)(`${field} '%s' %j`, async (operator, value, expected) => {
        expect(await on(field, operator, value)).toEqual(expected);
      });

    describe("a text field (status)", () => {
      expectations("status", [
        ["", "completed", ["r01"]],
        ["not", "completed", except("r01")],
        ["lt", "d", ["r01"]],
        ["lte", "failed", ["r01", "r02"]],
        ["gt", "completed", ["r02"]],
        ["gte", "completed", ["r01", "r02"]],
        ["contains", "plete", ["r01"]],
        ["icontains", "FAIL", ["r02"]],
        ["startswith", "fail", ["r02"]],
        ["endswith", ["ed"], ["r01", "r02"]],
        ["in", ["completed", "failed"], ["r01", "r02"]],
        ["isnull", [true], except("r01", "r02")],
        ["isnull", false, ["r01", "r02"]],
        ["empty", [], except("r01", "r02")],
        ["not_empty", [], ["r01", "r02"]],
      ]);
    });

    describe("a number field (numerical_value: NUMERIC scores only)", () => {
      expectations("numerical_value", [
        ["", 0.9, ["r01"]],
        ["not", [0.9], except("r01")],
        ["lt", 0.5, ["r02"]],
        ["lte", 0.5, ["r02", "s01"]],
        ["gt", 0.5, ["r01", "r08"]],
        ["gte", 0.6, ["r01", "r08"]],
        ["in", [0.3, 0.6], ["r02", "r08"]],
        ["isnull", true, ["r03", "r04", "r05", "r06", "r07", "x02"]],
        ["isnull", false, ["r01", "r02", "r08", "s01"]],
        ["empty", undefined, ["r03", "r04", "r05", "r06", "r07", "x02"]],
        ["not_empty", undefined, ["r01", "r02", "r08", "s01"]],
      ]);
      expectations("cost", [
        ["gt", 0, ["r01", "r08"]],
        ["lt", 0.1, except("r08")],
        ["", 0, except("r01", "r08")],
      ]);
    });

    describe("a boolean field", () => {
      expectations("boolean_value", [
        ["", true, ["r03", "x02"]],
        ["", [false], ["r04"]],
        ["not", true, except("r03", "x02")],
        ["in", [true, false], ["r03", "r04", "x02"]],
        ["isnull", true, except("r03", "r04", "x02")],
        ["isnull", false, ["r03", "r04", "x02"]],
        ["empty", undefined, except("r03", "r04", "x02")],
        ["not_empty", undefined, ["r03", "r04", "x02"]],
      ]);
      // is_passed is never null: a score stored without it reads, and so filters, as false.
      expectations("is_passed", [
        ["", true, ["r01"]],
        ["not", true, except("r01")],
        ["in", [false], except("r01")],
        ["not", false, ["r01"]],
        ["isnull", true, []],
        ["isnull", false, ALL],
      ]);
    });

    describe("a date field (created_at)", () => {
      expectations("created_at", [
        ["", "2026-05-31T22:30:00Z", ["r01"]],
        ["not", "2026-05-31T22:30:00Z", except("r01")],
        ["lt", "2026-05-31T17:30:00Z", ["r07", "r08"]],
        ["lte", "2026-05-31T17:30:00Z", ["r06", "r07", "r08"]],
        ["gt", "2026-05-31T22:00:00Z", ["r01", "s01"]],
        ["gte", "2026-05-31T23:00:00+01:00", ["r01", "s01", "x02"]],
        ["in", ["2026-05-31T22:30:00Z", "2026-05-31T15:30:00Z"], ["r01", "r08"]],
        ["isnull", true, []],
        ["isnull", false, ALL],
        ["empty", undefined, []],
        ["not_empty", undefined, ALL],
      ]);
    });

    describe("a metadata__ field", () => {
      expectations("metadata__model", [
        ["", "gpt-4o", ["r01", "s01"]],
        ["not", "gpt-4o", except("r01", "s01")],
        ["lt", "gpt", ["r02"]],
        ["lte", "gpt-4o", ["r01", "r02", "s01"]],
        ["gt", "gpt-4o", ["r03"]],
        ["gte", "gpt-4o", ["r01", "r03", "s01"]],
        ["contains", "4o", ["r01", "r03", "s01"]],
        ["icontains", "GPT", ["r01", "r03", "s01"]],
        ["startswith", "claude", ["r02"]],
        ["endswith", "mini", ["r03"]],
        ["in", ["claude-3", "gpt-4o-mini"], ["r02", "r03"]],
        ["isnull", true, ["r04", "r05", "r06", "r07", "r08", "x02"]],
        ["isnull", false, ["r01", "r02", "r03", "s01"]],
        ["empty", undefined, ["r04", "r05", "r06", "r07", "r08", "x02"]],
        ["not_empty", undefined, ["r01", "r02", "r03", "s01"]],
      ]);
      expectations("metadata__tokens", [
        ["gt", 100, ["r01"]],
        ["lte", 100, ["r02"]],
        ["in", [80, 120], ["r01", "r02"]],
      ]);
      expectations("metadata__cached", [
        ["", true, ["r01"]],
        ["", false, ["r03"]],
      ]);
    });

    describe("derived and other fields", () => {
      expectations("type", [
        ["", "human_boolean", ["r03"]],
        ["", "llm", ["r01", "r07", "r08", "x02"]],
        ["", "api", ["r04", "s01"]],
        ["", "code", ["r02"]],
        ["startswith", "human", ["r03", "r05", "r06"]],
        ["in", ["human_multi_select", "human_text"], ["r05", "r06"]],
      ]);
      expectations("evaluator_slug", [
        ["", "acc", ["r01", "r02", "r08"]],
        ["", "is-ok", ["r03", "r04"]],
        ["", "notes", ["r06"]],
        ["contains", "o", ["r03", "r04", "r06", "r07", "x02"]],
      ]);
      expectations("scorer", [
        ["", "ada@example.com", ["r01", "r03", "r06"]],
        ["", "judge-bot", ["r02"]],
        ["icontains", "ADA@", ["r01", "r03", "r06"]],
        ["isnull", true, ["r04", "r05", "r07", "r08", "s01", "x02"]],
      ]);
      expectations("string_value", [
        ["icontains", "short", ["r02"]],
        ["", "Needs a citation", ["r06"]],
        ["isnull", false, ["r02", "r04", "r06", "s01"]],
      ]);
      expectations("log_id", [
        ["", "log-1", ["r01", "r03", "r06"]],
        ["isnull", true, ["r08", "s01", "x02"]],
      ]);
      expectations("evaluator_id", [
        ["", "cfg-acc", ["r01", "r02", "r08"]],
        ["isnull", true, ["r06", "r07", "s01", "x02"]],
      ]);
      expectations("evaluator_name", [["", "accuracy", ["r01", "r02", "r08"]]]);
      expectations("environment", [["in", ["staging", "development"], ["r02", "r04", "r06"]]]);
      expectations("id", [["", ["r05"], ["r05"]]]);
      expectations("prompt_id", [["startswith", "p-", ["r01", "r02"]]]);
      expectations("dataset_id", [["", "d-1", ["r01"]]]);
      expectations("categorical_value", [["isnull", false, ["r05"]]]);
      expectations("json_value", [["isnull", false, ["r07"]]]);
    });

    describe("connectors and nested groups", () => {
      it("several fields are AND-ed", async () => {
        expect(
          await ids({
            environment: { operator: "", value: ["production"] },
            evaluator_slug: { value: "acc" },
          }),
        ).toEqual(["r01", "r08"]);
      });
      it("OR joins a condition to the next one", async () => {
        const filters = {
          environment: { value: "staging", connector: "OR" },
          evaluator_slug: { value: "notes" },
        };
        expect(await ids(filters)).toEqual(["r02", "r04", "r06"]);
      });
      it("a nested group: production AND (human_boolean OR scorer like ada)", async () => {
        const filters = {
          environment: { value: "production" },
          either: {
            connector: "AND",
            filter_params: {
              type: { value: "human_boolean", connector: "OR" },
              scorer: { operator: "icontains", value: "ADA" },
            },
          },
        };
        expect(await ids(filters)).toEqual(["r01", "r03"]);
      });
      it("a list of conditions on one field", async () => {
        const filters = {
          numerical_value: [
            { operator: "lt", value: 0.4, connector: "OR" },
            { operator: "gt", value: 0.8 },
          ],
        };
        expect(await ids(filters)).toEqual(["r01", "r02"]);
      });
    });

    it("answers current_filters with the filters as applied", async () => {
      const response = await post({
        filters: { evaluator_slug: { operator: "==", value: "acc" } },
        is_exporting: false,
      });
      expect(response.body).toMatchObject({
        count: 3,
        current_filters: { evaluator_slug: { operator: "", value: ["acc"], connector: "AND" } },
      });
    });

    it("an empty body or no filters lists everything, newest first", async () => {
      for (const body of [undefined, {}, { filters: null }, { filters: {} }]) {
        const response = await post(body, "/api/scores/list?page_size=100");
        expect(response.status).toBe(200);
        expect((response.body as Page).results.map((score) => score.id)).toEqual(P2_ORDER);
        expect((response.body as Page).current_filters).toEqual({});
      }
    });

    describe("bad filters are a 400 naming them", () => {
      it.each([
        [
          { filters: { colour: { value: "x" } } },
          "Unknown filter field 'colour'. Filterable fields: id, created_at, type, environment, numerical_value, string_value, boolean_value, categorical_value, json_value, is_passed, cost, evaluator_id, evaluator_slug, evaluator_name, scorer, log_id, prompt_id, prompt_version_number, dataset_id, automation_id, status, error_message and metadata__<key>",
        ],
        [
          { filters: { status: { operator: "like", value: "x" } } },
          "Unknown operator 'like' in filter 'status'",
        ],
        [
          { filters: { numerical_value: { operator: "gt", value: "high" } } },
          `Filter 'numerical_value' expects a number, got "high"`,
        ],
        [
          { filters: { cost: { operator: "icontains", value: 1 } } },
          "Operator 'icontains' does not apply to number field 'cost'; it takes '', 'not', 'in', 'isnull', 'empty', 'not_empty', 'lt', 'lte', 'gt', 'gte'",
        ],
        [{ filters: "status=ok" }, "filters must be an object mapping field names to conditions"],
        [{ filter: {} }, "Unknown body field 'filter'. The body holds filters and is_exporting"],
        [{ is_exporting: "yes" }, "is_exporting must be true or false"],
        [[1], 'The body must be a JSON object: {"filters": {...}, "is_exporting": false}'],
      ])("%j", async (body, detail) => {
        const response = await post(body);
        expect(response.status).toBe(400);
        expect(response.body).toEqual({ detail });
      });
    });
  },
  seedRespanFixtures,
);
