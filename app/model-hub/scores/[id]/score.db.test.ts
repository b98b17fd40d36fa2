import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { futureAgiHeaders, KEYS, LABELS, seedFutureAgi } from "@/lib/dialects/futureagi/test-seed";
import { POST as create } from "../route";
import { DELETE as remove, GET as retrieve, PATCH as patch, PUT as put } from "./route";

type Score = {
  id: string;
  value: unknown;
  notes: string | null;
  score_source: string;
  value_history: { value: unknown; at: string }[];
};

const headers = futureAgiHeaders();
const pathOf = (id: string) => `/model-hub/scores/${id}/`;
const call = (handler: typeof put, id: string, method: string, body?: unknown) =>
  callRoute(handler, pathOf(id), { method, headers, body, params: { id } });
const scoreOf = (response: { body: unknown }) => response.body as Score;

async function createScore(body: Record<string, unknown>) {
  const response = await callRoute(create, "/model-hub/scores/", { method: "POST", headers, body });
  expect(response.status).toBe(200);
  return (response.body as { result: Score }).result;
}

describeEachEngine(
  "FutureAGI retrieve, update, delete",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("retrieves the bare score with its value_history", async () => {
      const created = await createScore({
        source_type: "trace",
        source_id: "t-get",
        label_id: LABELS.thumbs,
        value: "up",
      });
      const response = await call(retrieve, created.id, "GET");
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: created.id, value: { value: "up" }, value_history: [] });
      expect(response.body).not.toHaveProperty("status");
    });

    it("keeps value_history across PUT, PATCH and create-upserts; notes alone add nothing", async () => {
      const body = { source_type: "trace", source_id: "t-history", label_id: LABELS.stars, value: 2 };
      const { id } = await createScore(body);
      expect(scoreOf(await call(put, id, "PUT", { value: { rating: 3 }, notes: "better" }))).toMatchObject({
        value: { rating: 3 },
        notes: "better",
      });
      expect(scoreOf(await call(patch, id, "PATCH", { notes: "just notes" })).value_history).toHaveLength(1);
      expect(scoreOf(await call(patch, id, "PATCH", { value: 4 })).value).toEqual({ rating: 4 });
      const upserted = await createScore({ ...body, value: { rating: 5 } });
      expect(upserted.id).toBe(id);
      const history = upserted.value_history;
      expect(history.map((entry) => entry.value)).toEqual([{ rating: 2 }, { rating: 3 }, { rating: 4 }]);
      const times = history.map((entry) => Date.parse(entry.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(scoreOf(await call(retrieve, id, "GET")).value_history).toEqual(history);
    });

    it("changes notes (null and empty clear them) and score_source, keeping the value", async () => {
      const { id } = await createScore({
        source_type: "span",
        source_id: "o-edit",
        label_id: LABELS.topics,
        value: ["bug"],
        notes: "first",
      });
      expect(scoreOf(await call(patch, id, "PATCH", { notes: null })).notes).toBeNull();
      expect(scoreOf(await call(patch, id, "PATCH", { notes: "again" })).notes).toBe("again");
      expect(scoreOf(await call(patch, id, "PATCH", { notes: "" })).notes).toBeNull();
      const moved = scoreOf(await call(patch, id, "PATCH", { score_source: "automation" }));
      expect(moved).toMatchObject({ score_source: "auto", value: { selected: ["bug"] }, value_history: [] });
      const both = scoreOf(
        await call(put, id, "PUT", { value: { selected: ["bug", "docs"] }, score_source: "api" }),
      );
      expect(both).toMatchObject({ score_source: "api", value: { selected: ["bug", "docs"] } });
      expect(both.value_history.map((entry) => entry.value)).toEqual([{ selected: ["bug"] }]);
    });

    it("refuses bad updates naming the field, and changes nothing", async () => {
      const { id } = await createScore({
        source_type: "trace",
        source_id: "t-bad",
        label_id: LABELS.quality,
        value: 4,
      });
      const refusals: [typeof put, string, unknown, string][] = [
        [put, "PUT", { notes: "no value" }, "value"],
        [patch, "PATCH", {}, "non_field_errors"],
        [patch, "PATCH", { value: 1, source_type: "span" }, "source_type"],
        [patch, "PATCH", { value: { rating: 1 } }, "value"],
        [patch, "PATCH", { value: 12 }, "value"],
        [patch, "PATCH", { score_source: "manual" }, "score_source"],
      ];
      for (const [handler, method, body, field] of refusals) {
        const response = await call(handler, id, method, body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect((response.body as { details: object }).details).toHaveProperty([field]);
      }
      expect(scoreOf(await call(retrieve, id, "GET"))).toMatchObject({
        value: { value: 4 },
        value_history: [],
      });
    });

    it("deletes with the vendor's answer; the score is then gone", async () => {
      const { id } = await createScore({
        source_type: "trace",
        source_id: "t-del",
        label_id: LABELS.feedback,
        value: "x",
      });
      const deleted = await call(remove, id, "DELETE");
      expect(deleted).toMatchObject({ status: 200, body: { status: true, result: { deleted: true } } });
      expect((await call(retrieve, id, "GET")).body).toMatchObject({ status: false, type: "not_found" });
      // Upstream's words for an unknown or already deleted score (model_hub/views/scores.py).
      const again = await call(remove, id, "DELETE");
      expect(again).toMatchObject({ status: 404, body: { status: false, detail: "Score not found." } });
      const unknown = await call(remove, "no-such-score", "DELETE");
      expect(unknown).toMatchObject({ status: 404, body: { detail: "Score not found." } });
      const patched = await call(patch, id, "PATCH", { value: "y" });
      expect(patched).toMatchObject({ status: 404, body: { detail: "Score not found." } });
    });

    it("keeps other projects' scores out of reach", async () => {
      const { id } = await createScore({
        source_type: "trace",
        source_id: "t-mine",
        label_id: LABELS.quality,
        value: 1,
      });
      const other = futureAgiHeaders(KEYS.other);
      for (const [handler, method, body] of [
        [retrieve, "GET", undefined],
        [patch, "PATCH", { value: 2 }],
        [remove, "DELETE", undefined],
      ] as const) {
        const response = await callRoute(handler, pathOf(id), {
          method,
          headers: other,
          body,
          params: { id },
        });
        expect(response.status, method).toBe(404);
      }
    });
  },
  seedFutureAgi,
);
