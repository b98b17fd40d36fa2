import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { scores } from "@/db/schema";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import {
  BASE_DATE,
  CONFIGS,
  KEYS,
  PROJECT_ID,
  TRACE_ID,
  basicAuth,
  seedWriteFixtures,
} from "@/lib/scores/write-fixtures";
import { POST as nativeCreate } from "./v1/scores/route";
import { GET as facets } from "./v1/scores/facets/route";
import { GET as labelStats } from "./v1/labels/[name]/stats/route";
import { POST as langfuseCreate } from "./public/scores/route";
import { POST as langfuseConfig } from "./public/score-configs/route";
import { POST as respanFilter } from "./scores/list/route";
import { POST as respanLogScore } from "./logs/[log_id]/scores/route";
import { POST as futureAgiCreate } from "../model-hub/scores/route";

/**
 * Numbers in scores are finite and within ±1e15 on every surface (score-values.ts), so sums and
 * spreads over a project stay finite; values stored before the bound still read.
 */
const headers = { ...basicAuth(KEYS), "content-type": "application/json" };
const post = (handler: Parameters<typeof callRoute>[0], path: string, body: unknown, params = {}) =>
  callRoute(handler, path, { method: "POST", headers, body, params });

describeEachEngine(
  "The accepted range of numbers",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it.each([1e308, -1e308, 1e15 + 2])("refuses %s on every surface, naming the field", async (value) => {
      const answers = [
        [await post(nativeCreate, "/api/v1/scores", { name: "big", value, traceId: TRACE_ID }), "value"],
        [
          await post(langfuseCreate, "/api/public/scores", { name: "big", value, traceId: TRACE_ID }),
          "value",
        ],
        [
          await post(
            respanLogScore,
            "/api/logs/log-big/scores/",
            { evaluator_slug: "big", numerical_value: value },
            { log_id: "log-big" },
          ),
          "numerical_value",
        ],
        [
          await post(futureAgiCreate, "/model-hub/scores/", {
            source_type: "trace",
            source_id: TRACE_ID,
            label_id: CONFIGS.quality,
            value,
          }),
          "value",
        ],
        [
          await post(langfuseConfig, "/api/public/score-configs", {
            name: "huge",
            dataType: "NUMERIC",
            maxValue: value,
          }),
          "maxValue",
        ],
      ] as const;
      for (const [answer, field] of answers) {
        expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(JSON.stringify(answer.body)).toContain(field);
      }
    });

    it("accepts the bounds themselves", async () => {
      for (const value of [1e15, -1e15]) {
        const answer = await post(nativeCreate, "/api/v1/scores", { name: "edge", value, traceId: TRACE_ID });
        expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      }
    });

    it("refuses a Respan filter number past the bound and an integer filter past int4 matches nothing", async () => {
      const filter = (filters: unknown) =>
        callRoute(respanFilter, "/api/scores/list", { method: "POST", headers, body: { filters } });
      const huge = await filter({ numerical_value: { operator: "gt", value: [1e308] } });
      expect(huge.status).toBe(400);
      expect(JSON.stringify(huge.body)).toContain("numerical_value");
      const wide = await filter({ prompt_version_number: { operator: "gt", value: [3e9] } });
      expect(wide.status, JSON.stringify(wide.body)).toBe(200);
    });

    it("still reads facets and label stats over values stored before the bound", async () => {
      const row = {
        projectId: PROJECT_ID,
        name: "legacy",
        dataType: "NUMERIC" as const,
        source: "API" as const,
      };
      await t.db.insert(scores).values([
        {
          ...row,
          id: "legacy-hi",
          numericValue: 1e308,
          traceId: TRACE_ID,
          subjectKind: "trace",
          timestamp: BASE_DATE,
        },
        {
          ...row,
          id: "legacy-lo",
          numericValue: -1e308,
          traceId: TRACE_ID,
          subjectKind: "trace",
          timestamp: BASE_DATE,
        },
      ]);
      const counted = await callRoute(facets, "/api/v1/scores/facets", { headers });
      expect(counted.status, JSON.stringify(counted.body)).toBe(200);
      const stats = await callRoute(labelStats, "/api/v1/labels/legacy/stats", {
        headers,
        params: { name: "legacy" },
      });
      expect(stats.status, JSON.stringify(stats.body)).toBe(200);
      const numeric = (stats.body as { numeric: { min: number; max: number; count: number } }).numeric;
      expect(numeric).toMatchObject({ min: -1e308, max: 1e308, count: 2 });
    });
  },
  seedWriteFixtures,
);
