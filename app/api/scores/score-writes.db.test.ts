import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { KEYS } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { bearer, seedRespanFixtures } from "@/lib/dialects/respan/test-fixtures";
import { countRevisions, countScores } from "@/lib/scores/write-fixtures";
import { listConfigs } from "@/lib/scores/options";
import { P2 } from "@/lib/scores/test-fixtures";
import { GET as listScores, POST as createScore } from "./route";
import {
  DELETE as deleteScore,
  GET as getScore,
  PATCH as patchScore,
  PUT as replaceScore,
} from "./[id]/route";

/**
 * Global score writes and reads by id (POST /api/scores/, GET/PATCH/PUT/DELETE /api/scores/{id}/)
 * in both path spellings, with Respan's 201/200/204 and its 404 and 422 bodies. Refused
 * requests are checked to write nothing.
 */
type Score = Record<string, unknown> & { id: string };
const FORMS = ["/api/scores/", "/api/scores"];
const withId = (form: string, id: string) => (form.endsWith("/") ? `${form}${id}/` : `${form}/${id}`);
const validation = (errors: Record<string, string[]>) => ({ detail: "Validation error", errors });

describeEachEngine(
  "Respan score writes",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    const post = (path: string, body: unknown, headers = bearer()) =>
      callRoute(createScore, path, { method: "POST", headers, body });
    const byId = (handler: typeof getScore, method: string, form: string, id: string, body?: unknown) =>
      callRoute(handler, withId(form, id), { method, headers: bearer(), body, params: { id } });

    const countEvaluators = async () => (await listConfigs(t.db, P2)).length;
    const counts = async () => [
      await countScores(t.db, P2),
      await countRevisions(t.db, P2),
      await countEvaluators(),
    ];

    async function expectNothingWritten(
      send: () => Promise<{ status: number; body: unknown }>,
      status: number,
    ) {
      const before = await counts();
      const response = await send();
      expect(response.status).toBe(status);
      expect(await counts()).toEqual(before);
      return response.body;
    }

    describe("POST /api/scores/", () => {
      it.each(FORMS)(
        "%s creates (201), then the same (log, evaluator, scorer) updates (200)",
        async (form) => {
          const logId = `log-create-${form.length}`;
          const first = await post(form, {
            evaluator_slug: "acc",
            log_id: logId,
            numerical_value: 0.7,
            environment: "Staging",
          });
          expect(first.status).toBe(201);
          const created = first.body as Score;
          expect(created).toMatchObject({
            evaluator_id: "cfg-acc",
            evaluator_slug: "acc",
            evaluator_name: "accuracy",
            numerical_value: 0.7,
            log_id: logId,
            environment: "Staging",
            scorer: null,
            type: "api",
            cost: 0,
            is_passed: false,
          });
          const again = await post(form, {
            evaluator_id: "cfg-acc",
            log_id: logId,
            numerical_value: 0.8,
            cost: 0.01,
          });
          expect(again.status).toBe(200);
          expect(again.body).toMatchObject({
            id: created.id,
            numerical_value: 0.8,
            environment: "Staging",
            cost: 0.01,
          });
          expect((again.body as Score).created_at).toBe(created.created_at);
        },
      );

      it("stores every Respan field and reads it back", async () => {
        const body = {
          evaluator_slug: "acc",
          log_id: "log-full",
          timestamp: "2026-05-30T10:00:00Z",
          numerical_value: 0.25,
          string_value: "misses the second question",
          type: "llm",
          is_passed: false,
          cost: 0.003,
          status: "completed",
          error_message: "",
          prompt_id: "prompt-9",
          prompt_version_number: 4,
          dataset_id: "ds-2",
          automation_id: "auto-1",
          scorer: "ADA@example.com",
          metadata: { model: "gpt-4o" },
        };
        const response = await post("/api/scores/", body);
        expect(response.status).toBe(201);
        const { timestamp: _ignored, ...echoed } = body;
        expect(response.body).toMatchObject({
          ...echoed,
          scorer: "ada@example.com",
          evaluator_id: "cfg-acc",
        });
      });

      it("an unknown slug creates an evaluator typed by the value sent", async () => {
        const response = await post("/api/scores/", {
          evaluator_slug: "relevance",
          log_id: "log-new",
          numerical_value: 3,
        });
        expect(response.status).toBe(201);
        const score = response.body as Score;
        expect(score).toMatchObject({
          evaluator_slug: "relevance",
          evaluator_name: "relevance",
          numerical_value: 3,
        });
        expect(score.evaluator_id).toEqual(expect.any(String));
        const detail = await byId(getScore, "GET", "/api/scores/", score.id);
        expect((detail.body as Score).evaluator).toMatchObject({
          id: score.evaluator_id,
          score_value_type: "numerical",
        });
        const mismatch = await post("/api/scores/", {
          evaluator_slug: "relevance",
          log_id: "log-new2",
          boolean_value: true,
        });
        expect(mismatch).toMatchObject({
          status: 422,
          body: validation({
            boolean_value: ["Does not apply to evaluator 'relevance' (numerical); send numerical_value."],
            numerical_value: ["This field is required for evaluator 'relevance' (numerical)."],
          }),
        });
      });

      it.each([
        [
          { log_id: "l", numerical_value: 1 },
          { evaluator_id: ["Either evaluator_id or evaluator_slug must be provided."] },
        ],
        [{ evaluator_slug: "acc", numerical_value: 1 }, { log_id: ["This field is required."] }],
        [
          { evaluator_slug: "acc", log_id: "l", numerical_value: 1, colour: "red" },
          { colour: ["Unknown field."] },
        ],
        [
          { evaluator_slug: "acc", log_id: "l", numerical_value: "high" },
          { numerical_value: ["A valid number is required."] },
        ],
        [
          { evaluator_id: "nope", log_id: "l", numerical_value: 1 },
          { evaluator_id: ["Evaluator 'nope' not found."] },
        ],
        [
          { evaluator_id: "cfg-acc", evaluator_slug: "tags", log_id: "l", numerical_value: 1 },
          { evaluator_slug: ["Does not match evaluator 'cfg-acc' (slug 'acc')."] },
        ],
        [
          { evaluator_slug: "acc", log_id: "l", numerical_value: 1, environment: "pro duction" },
          { environment: ["Use only letters, digits, '_' and '-'"] },
        ],
        [
          { evaluator_slug: "tags", log_id: "l", categorical_value: ["bug", "later"] },
          { categorical_value: ['"later" is not a category of config "tags" (allowed: bug, docs, ux)'] },
        ],
        [
          { evaluator_slug: "brand-new", log_id: "l", numerical_value: 1, environment: "no spaces" },
          { environment: ["Use only letters, digits, '_' and '-'"] },
        ],
        [
          { evaluator_slug: "ghost", log_id: "l" },
          {
            evaluator_slug: [
              "Evaluator 'ghost' does not exist; send a value field (numerical_value, string_value, boolean_value, categorical_value, json_value) to create it.",
            ],
          },
        ],
        [
          { evaluator_slug: "blob", log_id: "l", json_value: "{not json" },
          { json_value: ["Must be a JSON document encoded as a string."] },
        ],
        [[{ evaluator_slug: "acc" }], { non_field_errors: ["Invalid data. Expected a JSON object."] }],
      ])("422 for %j", async (body, errors) => {
        expect(await expectNothingWritten(() => post("/api/scores/", body), 422)).toEqual(validation(errors));
      });

      it("401 in Respan's shape, writing nothing", async () => {
        const body = await expectNothingWritten(
          () =>
            post(
              "/api/scores",
              { evaluator_slug: "acc", log_id: "l", numerical_value: 1 },
              { authorization: "Bearer sk-wrong" },
            ),
          401,
        );
        expect(Object.keys(body as object)).toEqual(["detail"]);
      });
    });

    describe("GET /api/scores/{id}/", () => {
      it.each(FORMS)("%s returns the score with its evaluator and inputs", async (form) => {
        const response = await byId(getScore, "GET", form, "r01");
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({
          id: "r01",
          numerical_value: 0.9,
          inputs: {
            input: { question: "2 + 2?" },
            output: "4",
            metrics: null,
            metadata: { model: "gpt-4o" },
          },
          evaluator: {
            id: "cfg-acc",
            name: "accuracy",
            evaluator_slug: "acc",
            type: "llm",
            score_value_type: "numerical",
            categorical_choices: null,
            configurations: { min_score: null, max_score: null },
          },
        });
        const bare = await byId(getScore, "GET", form, "r07");
        expect(bare.body).toMatchObject({ id: "r07", inputs: null, evaluator: {} });
      });

      it.each(FORMS)("%s: an unknown id, or another project's, is 404", async (form) => {
        for (const id of ["no-such-score", "s03"]) {
          expect(await byId(getScore, "GET", form, id)).toEqual(
            expect.objectContaining({ status: 404, body: { detail: "Not found." } }),
          );
        }
      });
    });

    describe("PATCH /api/scores/{id}/", () => {
      it.each(FORMS)("%s changes only the value fields sent", async (form) => {
        const flipped = await byId(patchScore, "PATCH", form, "r04", { boolean_value: true });
        expect(flipped).toMatchObject({
          status: 200,
          body: { id: "r04", boolean_value: true, environment: "staging" },
        });
        const noted = await byId(patchScore, "PATCH", form, "r04", { string_value: `noted ${form}` });
        expect(noted.body).toMatchObject({
          boolean_value: true,
          string_value: `noted ${form}`,
          environment: "staging",
        });
      });

      it.each([
        [
          { numerical_value: 1 },
          { numerical_value: ["Does not apply to evaluator 'is-ok' (boolean); send boolean_value."] },
        ],
        [{ boolean_value: null }, { boolean_value: ["This field may not be null."] }],
        [
          { environment: "prod" },
          { environment: ["Cannot be changed with PATCH; use PUT to replace the score."] },
        ],
        [
          {},
          {
            non_field_errors: [
              "Send at least one of numerical_value, string_value, boolean_value, categorical_value, json_value, reasoning, metadata.",
            ],
          },
        ],
      ])("422 for %j", async (body, errors) => {
        const send = () => byId(patchScore, "PATCH", "/api/scores/", "r04", body);
        expect(await expectNothingWritten(send, 422)).toEqual(validation(errors));
      });

      it("404 for an unknown id; 412 when If-Match names an older version", async () => {
        expect(await byId(patchScore, "PATCH", "/api/scores", "nope", { boolean_value: true })).toMatchObject(
          {
            status: 404,
            body: { detail: "Not found." },
          },
        );
        const read = await byId(getScore, "GET", "/api/scores/", "r03");
        const etag = read.headers.get("etag")!;
        expect(etag).toMatch(/^"\d+"$/);
        const patchIf = (ifMatch: string, value: boolean) =>
          callRoute(patchScore, "/api/scores/r03/", {
            method: "PATCH",
            headers: { ...bearer(), "if-match": ifMatch },
            body: { boolean_value: value },
            params: { id: "r03" },
          });
        const fresh = await patchIf(etag, false);
        expect(fresh.status).toBe(200);
        expect(fresh.headers.get("etag")).not.toBe(etag);
        const stale = await patchIf(etag, true);
        expect(stale.status).toBe(412);
        expect(Object.keys(stale.body as object)).toEqual(["detail"]);
      });
    });

    describe("PUT /api/scores/{id}/", () => {
      it.each(FORMS)(
        "%s replaces every Respan field, keeping id, evaluator, log and created_at",
        async (form) => {
          const { body } = await post("/api/scores/", {
            evaluator_slug: "acc",
            log_id: `log-put-${form.length}`,
            numerical_value: 0.5,
            environment: "staging",
            cost: 0.2,
            prompt_id: "p",
            string_value: "first",
          });
          const original = body as Score;
          const replaced = await byId(replaceScore, "PUT", form, original.id, {
            evaluator_slug: "acc",
            numerical_value: 0.1,
          });
          expect(replaced.status).toBe(200);
          expect(replaced.body).toMatchObject({
            id: original.id,
            created_at: original.created_at,
            log_id: original.log_id,
            numerical_value: 0.1,
            environment: "default",
            cost: 0,
            prompt_id: null,
            string_value: null,
          });
        },
      );

      it.each([
        [
          { evaluator_slug: "is-ok", boolean_value: true },
          { evaluator_slug: ["A score's evaluator cannot change; delete the score and create a new one."] },
        ],
        [
          { evaluator_id: "cfg-acc", log_id: "elsewhere", numerical_value: 1 },
          { log_id: ["A score's log cannot change; delete the score and create a new one."] },
        ],
        [
          { numerical_value: 1 },
          { evaluator_id: ["Either evaluator_id or evaluator_slug must be provided."] },
        ],
        [
          { evaluator_slug: "acc" },
          { numerical_value: ["This field is required for evaluator 'acc' (numerical)."] },
        ],
      ])("422 for %j", async (body, errors) => {
        const send = () => byId(replaceScore, "PUT", "/api/scores/", "r02", body);
        expect(await expectNothingWritten(send, 422)).toEqual(validation(errors));
      });

      it("keeps the type of a score without an evaluator (a category stays a category)", async () => {
        const response = await callRoute(replaceScore, "/api/scores/s06/", {
          method: "PUT",
          headers: bearer(KEYS.p1),
          body: { evaluator_slug: "tone", categorical_value: ["neutral"] },
          params: { id: "s06" },
        });
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({
          evaluator_id: null,
          evaluator_slug: "tone",
          type: "human_categorical",
          categorical_value: ["neutral"],
          string_value: null,
        });
      });

      it("404 for an unknown id", async () => {
        const response = await byId(replaceScore, "PUT", "/api/scores", "nope", {
          evaluator_slug: "acc",
          numerical_value: 1,
        });
        expect(response).toMatchObject({ status: 404, body: { detail: "Not found." } });
      });
    });

    describe("DELETE /api/scores/{id}/", () => {
      it.each(FORMS)("%s deletes (204), then the score is gone (404)", async (form) => {
        const { body } = await post("/api/scores/", {
          evaluator_slug: "acc",
          log_id: `log-del-${form.length}`,
          numerical_value: 1,
        });
        const id = (body as Score).id;
        const deleted = await byId(deleteScore, "DELETE", form, id);
        expect(deleted).toMatchObject({ status: 204, body: null });
        expect((await byId(getScore, "GET", form, id)).status).toBe(404);
        expect(await byId(deleteScore, "DELETE", form, id)).toMatchObject({
          status: 404,
          body: { detail: "Not found." },
        });
      });

      it("another project's key cannot see or delete the score", async () => {
        const response = await callRoute(deleteScore, "/api/scores/r01/", {
          method: "DELETE",
          headers: bearer(KEYS.p1),
          params: { id: "r01" },
        });
        expect(response.status).toBe(404);
        const list = await callRoute(listScores, "/api/scores/?page_size=100", { headers: bearer() });
        expect((list.body as { results: Score[] }).results.some((score) => score.id === "r01")).toBe(true);
      });
    });
  },
  seedRespanFixtures,
);
