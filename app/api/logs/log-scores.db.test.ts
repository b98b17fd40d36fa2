import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { KEYS, headerStyles } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { bearer, seedRespanFixtures } from "@/lib/dialects/respan/test-fixtures";
import { GET as listLogScores, POST as postLogScore } from "./[log_id]/scores/route";
import {
  DELETE as deleteLogScore,
  GET as getLogScore,
  PATCH as patchLogScore,
  PUT as replaceLogScore,
} from "./[log_id]/scores/[score_id]/route";
import { POST as createNativeScore } from "../v1/scores/route";

/**
 * Log-scoped scores (/api/logs/{log_id}/scores/…) in both path spellings: create-or-update
 * keyed by (log, evaluator, scorer) whatever API wrote the score, the log's list, and reads and
 * writes by id that refuse a score of another log.
 */
type Score = Record<string, unknown> & { id: string };
type Page = { count: number; next: string | null; results: Score[] };

const logPath = (logId: string, slash: boolean) => `/api/logs/${logId}/scores${slash ? "/" : ""}`;
const scorePath = (logId: string, id: string, slash: boolean) =>
  `/api/logs/${logId}/scores/${id}${slash ? "/" : ""}`;

describeEachEngine(
  "Respan log scores",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    const post = (logId: string, body: unknown, slash = true) =>
      callRoute(postLogScore, logPath(logId, slash), {
        method: "POST",
        headers: bearer(),
        body,
        params: { log_id: logId },
      });
    const list = (logId: string, query = "", slash = true) =>
      callRoute(listLogScores, `${logPath(logId, slash)}${query}`, {
        headers: bearer(),
        params: { log_id: logId },
      });
    const byId = (
      handler: typeof getLogScore,
      method: string,
      logId: string,
      id: string,
      slash: boolean,
      body?: unknown,
    ) =>
      callRoute(handler, scorePath(logId, id, slash), {
        method,
        headers: bearer(),
        body,
        params: { log_id: logId, score_id: id },
      });

    describe("POST /api/logs/{log_id}/scores/", () => {
      it.each([true, false])(
        "trailing slash %s: 201 on create, 200 with the same id on a re-post",
        async (slash) => {
          const logId = `log-upsert-${slash}`;
          const first = await post(
            logId,
            { evaluator_slug: "is-ok", boolean_value: false, scorer: "ada@example.com" },
            slash,
          );
          expect(first.status).toBe(201);
          // The scorer of a log-scoped write is the caller; an API key is nobody in particular.
          expect(first.body).toMatchObject({
            log_id: logId,
            boolean_value: false,
            scorer: null,
            evaluator_id: "cfg-ok",
          });
          const again = await post(
            logId,
            { evaluator_id: "cfg-ok", boolean_value: true, log_id: logId },
            slash,
          );
          expect(again.status).toBe(200);
          expect(again.body).toMatchObject({ id: (first.body as Score).id, boolean_value: true });
          expect(((await list(logId, "", slash)).body as Page).count).toBe(1);
        },
      );

      it("updates a score of the same key written through /api/v1, keeping what Respan cannot see", async () => {
        const native = await callRoute(createNativeScore, "/api/v1/scores", {
          method: "POST",
          headers: headerStyles.basic(KEYS.p2),
          body: {
            configId: "cfg-acc",
            value: 0.2,
            observationId: "log-native",
            traceId: "t-native",
            comment: "from v1",
          },
        });
        expect(native.status).toBe(201);
        const nativeId = (native.body as Score).id;
        const respan = await post("log-native", { evaluator_slug: "acc", numerical_value: 0.95 });
        expect(respan).toMatchObject({
          status: 200,
          body: { id: nativeId, numerical_value: 0.95, string_value: "from v1" },
        });
      });

      it("refuses a body log_id that names another log", async () => {
        const response = await post("log-a", { evaluator_slug: "acc", numerical_value: 1, log_id: "log-b" });
        expect(response).toMatchObject({
          status: 422,
          body: { detail: "Validation error", errors: { log_id: ["Does not match the log in the path."] } },
        });
      });
    });

    describe("GET /api/logs/{log_id}/scores/", () => {
      it.each([true, false])("trailing slash %s: the log's scores, newest first, in pages", async (slash) => {
        const page = (await list("log-1", "", slash)).body as Page;
        expect(page.results.map((score) => score.id)).toEqual(["r01", "r03", "r06"]);
        const first = (await list("log-1", "?page_size=2", slash)).body as Page;
        expect(first).toMatchObject({
          count: 3,
          next: `http://scorelens.test${logPath("log-1", slash)}?page_size=2&page=2`,
        });
        const url = new URL(first.next!);
        const second = (await list("log-1", url.search, slash)).body as Page;
        expect(second.results.map((score) => score.id)).toEqual(["r06"]);
      });

      it("a log without scores has an empty page; bad paging is 400", async () => {
        expect((await list("log-none")).body).toEqual({ count: 0, next: null, previous: null, results: [] });
        expect(await list("log-1", "?page_size=101")).toMatchObject({
          status: 400,
          body: { detail: 'page_size must be a whole number from 1 to 100, got "101"' },
        });
      });
    });

    describe("/api/logs/{log_id}/scores/{score_id}/", () => {
      it.each([true, false])(
        "trailing slash %s: retrieve, patch, replace and delete a score of the log",
        async (slash) => {
          const created = (await post("log-crud", { evaluator_slug: "tags", categorical_value: ["bug"] }))
            .body as Score;
          const read = await byId(getLogScore, "GET", "log-crud", created.id, slash);
          expect(read).toMatchObject({
            status: 200,
            body: { categorical_value: ["bug"], evaluator: { score_value_type: "multi_select" } },
          });
          const patched = await byId(patchLogScore, "PATCH", "log-crud", created.id, slash, {
            categorical_value: ["bug", "docs"],
          });
          expect(patched).toMatchObject({ status: 200, body: { categorical_value: ["bug", "docs"] } });
          const replaced = await byId(replaceLogScore, "PUT", "log-crud", created.id, slash, {
            evaluator_slug: "tags",
            categorical_value: "ux",
            environment: "staging",
          });
          expect(replaced).toMatchObject({
            status: 200,
            body: { categorical_value: ["ux"], environment: "staging" },
          });
          expect(await byId(deleteLogScore, "DELETE", "log-crud", created.id, slash)).toMatchObject({
            status: 204,
          });
          expect(await byId(getLogScore, "GET", "log-crud", created.id, slash)).toMatchObject({
            status: 404,
            body: { detail: "Not found." },
          });
        },
      );

      it.each([true, false])(
        "trailing slash %s: a score of another log is 404 for every method",
        async (slash) => {
          const attempts = [
            byId(getLogScore, "GET", "log-2", "r01", slash),
            byId(patchLogScore, "PATCH", "log-2", "r01", slash, { numerical_value: 0.1 }),
            byId(replaceLogScore, "PUT", "log-2", "r01", slash, {
              evaluator_slug: "acc",
              numerical_value: 0.1,
            }),
            byId(deleteLogScore, "DELETE", "log-2", "r01", slash),
          ];
          for (const response of await Promise.all(attempts)) {
            expect(response).toMatchObject({ status: 404, body: { detail: "Not found." } });
          }
          expect((await byId(getLogScore, "GET", "log-1", "r01", slash)).body).toMatchObject({
            numerical_value: 0.9,
          });
        },
      );
    });
  },
  seedRespanFixtures,
);
