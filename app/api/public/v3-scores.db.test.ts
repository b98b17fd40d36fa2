import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { KEYS, headerStyles, seedKeys } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { P1, seedFixtures } from "@/lib/scores/test-fixtures";
import { GET as listV3, POST as postV3 } from "./v3/scores/route";

/**
 * GET /api/public/v3/scores over the engine's fixture rows (lib/scores/test-fixtures.ts): the
 * response shape, typed values, field groups, every filter, the cursor, and errors in
 * Langfuse's shape. s11 (NUMERIC without a value) and s21 (JSON) have no Langfuse form.
 */
const auth = headerStyles.basic(KEYS.p1);
const VISIBLE_IN_ORDER = [
  "s01", "s03", "s02", "s04", "s05", "s06", "s07", "s08", "s09", "s10", "s13",
  "s12", "s14", "s15", "s16", "s17", "s20", "s19", "s18", "s22", "s23", "s24",
]; // prettier-ignore

type V3Body = { data: Record<string, unknown>[]; meta: { limit: number; cursor?: string } };

async function list(query: string, headers: Record<string, string> = auth) {
  const response = await callRoute(listV3, `/api/public/v3/scores${query}`, { headers });
  return { status: response.status, body: response.body as V3Body };
}
const idsOf = async (query: string) => {
  const { status, body } = await list(query);
  expect(status).toBe(200);
  return body.data.map((score) => score.id);
};

describeEachEngine(
  "Langfuse v3 score list",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    describe("shape", () => {
      it("lists every representable score newest first, with core fields only by default", async () => {
        const { status, body } = await list("");
        expect(status).toBe(200);
        expect(body.meta).toEqual({ limit: 50 });
        expect(body.data.map((score) => score.id)).toEqual(VISIBLE_IN_ORDER);
        expect(body.data[0]).toEqual({
          id: "s01",
          projectId: P1,
          name: "helpfulness",
          source: "API",
          timestamp: "2026-05-31T23:00:00.000Z",
          environment: "production",
          createdAt: "2026-05-31T23:01:00.000Z",
          updatedAt: "2026-05-31T23:02:00.000Z",
          dataType: "NUMERIC",
          value: 0.9,
        });
        expect(Object.keys(body.data[0]).slice(-2)).toEqual(["dataType", "value"]);
      });

      it("types value by dataType", async () => {
        const { body } = await list("?id=s01,s04,s05,s06,s08,s09");
        const values = Object.fromEntries(
          body.data.map((score) => [score.id, [score.dataType, score.value]]),
        );
        expect(values).toEqual({
          s01: ["NUMERIC", 0.9],
          s04: ["BOOLEAN", false],
          s05: ["BOOLEAN", true],
          s06: ["CATEGORICAL", "friendly"],
          s08: ["TEXT", "Missing citation"],
          s09: ["CORRECTION", "The capital is Canberra"],
        });
      });

      it("adds the requested field groups, with nulls for unset annotation fields", async () => {
        const { body } = await list("?id=s02,s03,s06,s10&fields=details,annotation,subject");
        const byId = Object.fromEntries(body.data.map((score) => [score.id, score]));
        expect(byId.s03).toMatchObject({
          comment: "Clear and correct",
          configId: "cfg-helpfulness",
          metadata: {},
          authorUserId: "u1",
          queueId: `${P1}-q1`,
          subject: { kind: "trace", id: "trace-s03" },
        });
        expect(byId.s02).toMatchObject({
          authorUserId: null,
          queueId: null,
          metadata: { model: "claude-3", latencyMs: 300, flagged: true },
          subject: { kind: "observation", id: "obs-s02", traceId: "trace-s02" },
        });
        expect(byId.s06.subject).toEqual({ kind: "session", id: "sess-s06" });
        expect(byId.s10.subject).toEqual({ kind: "experiment", id: "exp-s10" });
        expect(Object.keys(byId.s03)).toEqual([
          "id", "projectId", "name", "source", "timestamp", "environment", "createdAt", "updatedAt",
          "comment", "configId", "metadata", "authorUserId", "queueId", "subject", "dataType", "value",
        ]); // prettier-ignore
      });

      it("leaves out groups that were not requested", async () => {
        const { body } = await list("?id=s03&fields=annotation");
        expect(body.data[0]).not.toHaveProperty("comment");
        expect(body.data[0]).not.toHaveProperty("subject");
        expect(body.data[0]).toMatchObject({ authorUserId: "u1" });
      });
    });

    describe("filters", () => {
      const cases: [query: string, ids: string[]][] = [
        ["?name=tone,notes", ["s06", "s07", "s08", "s16", "s17", "s22"]],
        ["?source=annotation&name=tone", ["s06", "s07", "s16"]],
        ["?dataType=boolean&value=true", ["s05"]],
        ["?dataType=BOOLEAN&value=false", ["s04", "s15"]],
        ["?dataType=CATEGORICAL&value=friendly,formal", ["s06", "s16", "s22"]],
        ["?dataType=NUMERIC&value=0.9,5", ["s01", "s03", "s13", "s14"]],
        ["?dataType=NUMERIC&valueMin=0.7&valueMax=3", ["s01", "s03", "s12", "s20", "s19", "s18", "s24"]],
        ["?dataType=NUMERIC&valueMin=3&valueMax=1", []],
        ["?environment=staging,canary", ["s03", "s04", "s14", "s22"]],
        ["?configId=cfg-helpfulness", ["s01", "s03", "s02"]],
        [`?queueId=${P1}-q1`, ["s03", "s06", "s24"]],
        ["?authorUserId=u2", ["s06", "s08", "s17", "s24"]],
        ["?traceId=trace-s02,trace-s05", ["s02", "s05"]],
        ["?traceId=trace-s02,trace-s04&observationId=obs-s04", ["s04"]],
        ["?sessionId=sess-s14,sess-s23", ["s14", "s23"]],
        ["?experimentId=exp-s10,exp-s18", ["s10", "s18"]],
        ["?fromTimestamp=2026-05-31T22:00:00.000Z", ["s01", "s03", "s02"]],
        ["?toTimestamp=2026-05-31T22:00:00.000Z&fromTimestamp=2026-05-31T19:00:00Z", ["s04", "s05"]],
        ["?id=s21,s11,s01", ["s01"]],
        ["?name=", VISIBLE_IN_ORDER],
      ];
      it.each(cases)("%s", async (query, ids) => {
        expect(await idsOf(query)).toEqual(ids);
      });

      it("never shows another project's rows", async () => {
        expect(await idsOf("?id=x02")).toEqual([]);
        const { body } = await list("?id=s01", headerStyles.basic(KEYS.p2));
        expect(body.data).toEqual([
          expect.objectContaining({ id: "s01", projectId: "proj-two", value: 0.5 }),
        ]);
      });
    });

    describe("cursor", () => {
      it("walks every row once; the cursor is the base64url position of the last row", async () => {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const { body } = await list(`?limit=5${cursor ? `&cursor=${cursor}` : ""}`);
          seen.push(...body.data.map((score) => score.id as string));
          cursor = body.meta.cursor;
          if (cursor) {
            const last = body.data.at(-1)!;
            expect(JSON.parse(Buffer.from(cursor, "base64url").toString())).toEqual({
              v: 1,
              lastTimestamp: last.timestamp,
              lastId: last.id,
            });
          }
          pages += 1;
        } while (cursor);
        expect(pages).toBe(5);
        expect(seen).toEqual(VISIBLE_IN_ORDER);
      });

      it("omits meta.cursor when exactly `limit` rows remain, and on an empty page", async () => {
        const first = await list("?limit=11");
        expect(first.body.meta.cursor).toBeDefined();
        const second = await list(`?limit=11&cursor=${first.body.meta.cursor}`);
        expect(second.body.data).toHaveLength(11);
        expect(second.body.meta).toEqual({ limit: 11 });
        expect((await list("?name=nothing")).body).toEqual({ data: [], meta: { limit: 50 } });
      });

      it("applies a replayed position to the caller's own project, and a stale one gives an empty page", async () => {
        const stale = Buffer.from(
          JSON.stringify({ v: 1, lastTimestamp: "2000-01-01T00:00:00.000Z", lastId: "zz" }),
        ).toString("base64url");
        expect((await list(`?cursor=${stale}`)).body).toEqual({ data: [], meta: { limit: 50 } });
        const p1First = await list("?limit=1");
        const replayed = await list(`?cursor=${p1First.body.meta.cursor}`, headerStyles.basic(KEYS.p2));
        expect(replayed.body.data.map((score) => score.projectId)).toEqual(["proj-two"]);
      });
    });

    describe("errors", () => {
      it("answers a bad request in Langfuse's shape", async () => {
        expect(await list("?observationId=o1")).toEqual({
          status: 400,
          body: {
            message: "Invalid request data",
            error: [
              {
                code: "custom",
                path: [],
                message: "observationId filter requires traceId — observation IDs are scoped to a trace",
              },
            ],
          },
        });
        expect((await list("?name=a&name=b")).status).toBe(400);
      });

      it("authenticates before it validates: an unauthenticated malformed request is 401", async () => {
        expect(await list("?page=2", {})).toEqual({
          status: 401,
          body: { message: "No authorization header" },
        });
      });

      it("answers other methods with 405", async () => {
        const response = await callRoute(postV3, "/api/public/v3/scores", { method: "POST", headers: auth });
        expect(response).toMatchObject({
          status: 405,
          body: { message: "Method not allowed", error: "MethodNotAllowedError" },
        });
      });
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
  },
);
