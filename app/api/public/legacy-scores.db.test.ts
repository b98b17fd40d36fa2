import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { KEYS, headerStyles, seedKeys } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { P1, seedFixtures } from "@/lib/scores/test-fixtures";
import { GET as getV1 } from "./scores/[scoreId]/route";
import { GET as listV1 } from "./scores/route";
import { GET as getV2 } from "./v2/scores/[scoreId]/route";
import { GET as listV2 } from "./v2/scores/route";

/** The deprecated v2 and v1 reads over the engine's fixture rows. */
const headers = headerStyles.basic(KEYS.p1);
type Page = { data: Record<string, unknown>[]; meta: Record<string, number> };

const v2 = async (query: string) => {
  const response = await callRoute(listV2, `/api/public/v2/scores${query}`, { headers });
  return { status: response.status, body: response.body as Page };
};
const v2Ids = async (query: string) => {
  const { status, body } = await v2(query);
  expect(status).toBe(200);
  return body.data.map((score) => score.id);
};
const filterParam = (filters: unknown[]) => `filter=${encodeURIComponent(JSON.stringify(filters))}`;

describeEachEngine(
  "Langfuse v2 and v1 score reads",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    describe("v2", () => {
      it("pages with totals and splits value and stringValue by data type", async () => {
        const { body } = await v2("?limit=10&page=2");
        expect(body.meta).toEqual({ page: 2, limit: 10, totalItems: 22, totalPages: 3 });
        expect(body.data.map((score) => score.id)).toEqual([
          "s13", "s12", "s14", "s15", "s16", "s17", "s20", "s19", "s18", "s22",
        ]); // prettier-ignore
        const all = Object.fromEntries((await v2("")).body.data.map((score) => [score.id, score]));
        // Every item carries its projectId (upstream packages/shared/src/domain/scores.ts ScoreSchema).
        expect(all.s01).toEqual({
          id: "s01",
          projectId: P1,
          traceId: "trace-s01",
          sessionId: null,
          observationId: null,
          datasetRunId: null,
          name: "helpfulness",
          source: "API",
          timestamp: "2026-05-31T23:00:00.000Z",
          createdAt: "2026-05-31T23:01:00.000Z",
          updatedAt: "2026-05-31T23:02:00.000Z",
          authorUserId: null,
          comment: null,
          metadata: { model: "gpt-4o", latencyMs: 1200, flagged: false },
          configId: "cfg-helpfulness",
          queueId: null,
          environment: "production",
          executionTraceId: null,
          dataType: "NUMERIC",
          value: 0.9,
        });
        expect(all.s04).toMatchObject({ dataType: "BOOLEAN", value: 0, stringValue: "False" });
        expect(all.s06).toMatchObject({
          dataType: "CATEGORICAL",
          value: 2,
          stringValue: "friendly",
          sessionId: "sess-s06",
        });
        expect(all.s08).toMatchObject({ dataType: "TEXT", stringValue: "Missing citation" });
        expect(all.s08).not.toHaveProperty("value");
        expect(all.s09).toMatchObject({
          dataType: "CORRECTION",
          value: 0,
          stringValue: "The capital is Canberra",
        });
        expect(all.s10).toMatchObject({ datasetRunId: "exp-s10", traceId: null });
      });

      const filters: [query: string, ids: string[]][] = [
        ["?name=tone", ["s06", "s07", "s16", "s22"]],
        ["?name=faithfulness&operator=>=&value=3", ["s13", "s12", "s14"]],
        ["?name=faithfulness&operator=!=&value=5", ["s12", "s24"]],
        ["?name=faithfulness&value=3", ["s13", "s12", "s14", "s24"]],
        ["?scoreIds=s01, s02", ["s01", "s02"]],
        ["?observationId=obs-s02,obs-s04", ["s02", "s04"]],
        ["?datasetRunId=exp-s10", ["s10"]],
        ["?sessionId=sess-s14", ["s14"]],
        ["?traceId=trace-s05", ["s05"]],
        ["?environment=staging&environment=canary", ["s03", "s04", "s14", "s22"]],
        ["?dataType=BOOLEAN&source=API", ["s15"]],
        [`?queueId=${P1}-q2`, ["s08", "s16"]],
        [
          "?configId=cfg-helpfulness&fromTimestamp=2026-05-31T22:00:00Z&toTimestamp=2026-05-31T23:00:00Z",
          ["s03", "s02"],
        ],
        ["?unknownParameter=ignored&name=notes", ["s08", "s17"]],
        [
          `?${filterParam([{ type: "stringObject", column: "metadata", key: "model", operator: "starts with", value: "gpt" }])}`,
          ["s01", "s05"],
        ],
        [`?${filterParam([{ type: "number", column: "Value", operator: ">=", value: 5 }])}`, ["s13", "s14"]],
        [
          `?${filterParam([{ type: "stringOptions", column: "Data Type", operator: "any of", value: ["TEXT"] }])}`,
          ["s08", "s17"],
        ],
      ];
      it.each(filters)("%s", async (query, ids) => {
        expect(await v2Ids(query)).toEqual(ids);
      });

      const refusals: [query: string, message?: string][] = [
        ["?fields=trace", "Scores needs to be selected always."],
        ["?userId=u1&fields=score", "userId and traceTags filters need the trace field group"],
        [
          "?userId=u1",
          "userId and traceTags filter on trace attributes, which Scorelens does not store; filter by traceId instead",
        ],
        ["?limit=101"],
        ["?dataType=boolean"],
        ["?operator=~"],
        [`?${filterParam([{ type: "arrayOptions", column: "tags", operator: "any of", value: ["a"] }])}`],
        [
          `?${filterParam([{ type: "string", column: "colour", operator: "=", value: "red" }])}`,
          'unknown column "colour"',
        ],
        [`?${filterParam([{ type: "string", column: "source", operator: "=", value: "robot" }])}`],
        ["?filter=not-json", "filter must be a JSON array of filter objects"],
      ];
      it.each(refusals)("refuses %s", async (query, message) => {
        const { status, body } = await v2(query);
        expect(status).toBe(400);
        const issues = (body as unknown as { message: string; error: { message: string }[] }).error;
        if (message) expect(issues.map((issue) => issue.message)).toContain(message);
      });

      it("reads one score by id; 404 in Langfuse's shape otherwise", async () => {
        const found = await callRoute(getV2, "/", { headers, params: { scoreId: "s09" } });
        expect(found.body).toMatchObject({
          id: "s09",
          dataType: "CORRECTION",
          stringValue: "The capital is Canberra",
        });
        for (const scoreId of ["nope", "s21", "x02"]) {
          const missing = await callRoute(getV2, "/", { headers, params: { scoreId } });
          expect(missing).toMatchObject({
            status: 404,
            body: { message: "Score not found", error: "LangfuseNotFoundError" },
          });
        }
      });
    });

    describe("v1", () => {
      const V1_IDS = [
        "s01",
        "s03",
        "s02",
        "s04",
        "s05",
        "s07",
        "s08",
        "s12",
        "s13",
        "s15",
        "s16",
        "s17",
        "s20",
        "s22",
        "s24",
      ];

      it("lists trace-level scores without CORRECTION, ignoring subject filters", async () => {
        for (const query of ["", "?traceId=trace-s01&sessionId=sess-s06"]) {
          const response = await callRoute(listV1, `/api/public/scores${query}`, { headers });
          const body = response.body as Page;
          expect(new Set(body.data.map((score) => score.id))).toEqual(new Set(V1_IDS));
          expect(body.meta).toEqual({ page: 1, limit: 50, totalItems: 15, totalPages: 1 });
        }
        const corrections = await callRoute(listV1, "/api/public/scores?dataType=CORRECTION", { headers });
        expect((corrections.body as Page).data).toEqual([]);
      });

      it("shapes items with traceId and observationId only, and 404s other scores", async () => {
        const found = await callRoute(getV1, "/", { headers, params: { scoreId: "s02" } });
        expect(Object.keys(found.body as object)).toEqual([
          "id", "projectId", "traceId", "observationId", "name", "source", "timestamp", "createdAt", "updatedAt", "authorUserId",
          "comment", "metadata", "configId", "queueId", "environment", "dataType", "value",
        ]); // prettier-ignore
        for (const scoreId of ["s06", "s09", "s10"]) {
          expect((await callRoute(getV1, "/", { headers, params: { scoreId } })).status).toBe(404);
        }
      });
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
  },
);
