import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { fingerprintTables } from "@/lib/api/test-fingerprint";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { KEYS, TRACE_ID, basicAuth, seedWriteFixtures } from "@/lib/scores/write-fixtures";
import { GET as nativeList, POST as nativeCreate } from "./v1/scores/route";
import { GET as nativeDetail } from "./v1/scores/[id]/route";
import { GET as langfuseV3 } from "./public/v3/scores/route";
import { GET as langfuseV2 } from "./public/v2/scores/route";
import { POST as respanLogScore } from "./logs/[log_id]/scores/route";
import { GET as futureAgiList } from "../model-hub/scores/route";

/**
 * What PostgreSQL cannot store — a NUL character, a date past the year 9999 — is refused by the
 * schemas with 400 naming the field, on every surface, before a statement runs (it used to reach
 * PostgreSQL and come back as "A value is malformed or out of range", naming nothing).
 */
const headers = { ...basicAuth(KEYS), "content-type": "application/json" };
const get = (handler: Parameters<typeof callRoute>[0], path: string, params = {}) =>
  callRoute(handler, path, { headers, params });
const post = (handler: Parameters<typeof callRoute>[0], path: string, body: unknown, params = {}) =>
  callRoute(handler, path, { method: "POST", headers, body, params });

describeEachEngine(
  "Input PostgreSQL cannot store",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("is refused with 400 naming the field, changing nothing", async () => {
      const before = await fingerprintTables(t.db);
      const cases: [Promise<{ status: number; body: unknown }>, string][] = [
        [get(nativeList, "/api/v1/scores?name=a%00b"), "name"],
        [get(nativeList, "/api/v1/scores?q=%00"), "q"],
        [get(nativeDetail, "/api/v1/scores/x%00", { id: "x\u0000" }), "id"],
        [get(nativeList, "/api/v1/scores?fromTimestamp=%2B275760-09-13T00:00:00.000Z"), "fromTimestamp"],
        [
          get(langfuseV3, "/api/public/v3/scores?fromTimestamp=%2B275760-09-13T00:00:00.000Z"),
          "fromTimestamp",
        ],
        [get(langfuseV2, "/api/public/v2/scores?toTimestamp=%2B275760-09-13T00:00:00.000Z"), "toTimestamp"],
        [get(langfuseV3, "/api/public/v3/scores?name=a%00"), "name"],
        [get(futureAgiList, "/model-hub/scores/?label_id=a%00"), "label_id"],
        [post(nativeCreate, "/api/v1/scores", { name: "n\u0000", value: 1, traceId: TRACE_ID }), "name"],
        [
          post(nativeCreate, "/api/v1/scores", { name: "n", value: 1, traceId: TRACE_ID, comment: "\u0000" }),
          "comment",
        ],
        [
          post(nativeCreate, "/api/v1/scores", {
            name: "n",
            value: 1,
            traceId: TRACE_ID,
            metadata: { "k\u0000": 1 },
          }),
          "metadata.k",
        ],
        [
          post(
            respanLogScore,
            "/api/logs/log-nul/scores/",
            { evaluator_slug: "quality", numerical_value: 1, prompt_version_number: 1e308 },
            { log_id: "log-nul" },
          ),
          "prompt_version_number",
        ],
      ];
      for (const [pending, field] of cases) {
        const answer = await pending;
        const text = JSON.stringify(answer.body);
        expect([400, 422], `${field}: ${answer.status} ${text}`).toContain(answer.status);
        expect(text, field).toContain(field);
        expect(text).not.toContain("malformed or out of range");
      }
      expect(await fingerprintTables(t.db)).toEqual(before);
    });
  },
  seedWriteFixtures,
);
