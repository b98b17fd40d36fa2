import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import { getSubject } from "@/lib/scores/subjects";
import { basicAuth, KEYS, PROJECT_ID, sendRequest, seedWriteFixtures } from "@/lib/scores/write-fixtures";
import { POST as ingest } from "./ingestion/route";
import { GET as listV3 } from "./v3/scores/route";

/**
 * POST /api/public/ingestion: per-event outcomes in a 207, scores written (and refused) at once,
 * trace and observation events folded into subject context, other event types refused per event.
 * Error shapes follow upstream's web/src/pages/api/public/ingestion.ts and
 * packages/shared/src/server/ingestion/processEventBatch.ts (aggregateBatchResult): per-event
 * `error` strings, a bad batch `{message, errors: [strings]}`, a refusal `{error, message}`.
 */
const auth = basicAuth(KEYS);
const T1 = "2026-06-02T10:00:00.000Z";
const T2 = "2026-06-02T10:00:05.000Z";

const event = (id: string, type: string, body: Record<string, unknown>, timestamp = T1) => ({
  id,
  type,
  timestamp,
  body,
});
const send = (body: unknown) =>
  sendRequest(ingest, "/api/public/ingestion", { method: "POST", headers: auth, body });

type Outcome = {
  successes: { id: string; status: number }[];
  errors: { id: string; status: number; message: string; error: string }[];
};

async function readV3(ids: string) {
  const response = await sendRequest(listV3, `/api/public/v3/scores?id=${ids}&fields=details,subject`, {
    headers: auth,
  });
  return (response.body as { data: Record<string, unknown>[] }).data;
}

describeEachEngine(
  "Langfuse ingestion",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("answers 207 with each event's outcome", async () => {
      const response = await send({
        batch: [
          event("e1", "score-create", { id: "ing-1", name: "accuracy", value: 0.5, traceId: "trace-ing" }),
          event("e2", "score-create", { id: "ing-2", name: "quality", value: 99, traceId: "trace-ing" }),
          event("e3", "score-create", { name: "no value", traceId: "trace-ing" }),
          event("e4", "trace-create", {
            id: "trace-ing",
            name: "chat",
            input: { q: "hi" },
            output: "hello",
            metadata: { user: "u1" },
            timestamp: T1,
          }),
          event("e5", "span-create", {
            id: "span-ing",
            traceId: "trace-ing",
            name: "retrieve",
            input: [1, 2],
            startTime: T1,
          }),
          event("e6", "generation-update", { id: "span-ing", output: "done", metadata: { model: "m" } }, T2),
          event("e7", "sdk-log", { log: "hello" }),
          { type: "score-create", body: {} },
          event(
            "e9",
            "score-create",
            { id: "ing-dup", name: "accuracy", value: 1, traceId: "trace-ing" },
            T1,
          ),
          event(
            "e10",
            "score-create",
            { id: "ing-dup", name: "accuracy", value: 2, traceId: "trace-ing", comment: "second" },
            T2,
          ),
          event("e11", "score-create", {
            id: "ing-eval",
            name: "judge",
            value: 0.1,
            traceId: "trace-ing",
            source: "EVAL",
            executionTraceId: "exec-1",
          }),
        ],
      });
      expect(response.status).toBe(207);
      const body = response.body as Outcome;
      expect(body.successes.map((success) => success.id).sort()).toEqual([
        "e1",
        "e10",
        "e11",
        "e4",
        "e5",
        "e6",
        "e9",
      ]);
      expect(body.successes.every((success) => success.status === 201)).toBe(true);
      const errors = Object.fromEntries(body.errors.map((error) => [error.id, error]));
      expect(Object.keys(errors).sort()).toEqual(["e2", "e3", "e7", "unknown"]);
      expect(errors.e2).toEqual({
        id: "e2",
        status: 400,
        message: "Invalid request data",
        error: 'value: Value 99 is above the maximum 10 of config "quality"',
      });
      expect(errors.e3).toMatchObject({ status: 400, error: expect.stringMatching(/^body\.value: /) });
      expect(errors.unknown).toMatchObject({ status: 400, error: expect.stringMatching(/^id: /) });
      expect(errors.e7).toMatchObject({ status: 400, message: "Event type not accepted" });
      expect(errors.e7.error).toMatch(/^Event type "sdk-log" is not accepted/);
      expect(body.errors.every((error) => typeof error.error === "string")).toBe(true);
    });

    it("stores scores with the event's timestamp; repeated ids merge in order", async () => {
      const scores = Object.fromEntries(
        (await readV3("ing-1,ing-2,ing-dup,ing-eval")).map((score) => [score.id, score]),
      );
      expect(Object.keys(scores).sort()).toEqual(["ing-1", "ing-dup", "ing-eval"]);
      expect(scores["ing-1"]).toMatchObject({
        value: 0.5,
        timestamp: T1,
        subject: { kind: "trace", id: "trace-ing" },
      });
      expect(scores["ing-dup"]).toMatchObject({ value: 2, comment: "second", timestamp: T1 });
      expect(scores["ing-eval"]).toMatchObject({ source: "EVAL" });
    });

    it("keeps trace and observation context for reviewers", async () => {
      const trace = await getSubject(t.db, PROJECT_ID, "trace", "trace-ing");
      expect(trace).toMatchObject({
        name: "chat",
        input: { q: "hi" },
        output: "hello",
        metadata: { user: "u1" },
        timestamp: T1,
      });
      const span = await getSubject(t.db, PROJECT_ID, "observation", "span-ing");
      expect(span).toMatchObject({
        traceId: "trace-ing",
        name: "retrieve",
        input: [1, 2],
        output: "done",
        metadata: { model: "m" },
        timestamp: T1,
      });
    });

    it("merges later events into stored context, keeping the first timestamp", async () => {
      const response = await send({
        batch: [
          event(
            "e20",
            "trace-create",
            { id: "trace-ing", output: { answer: 4 }, metadata: { turn: 2 }, timestamp: T2 },
            T2,
          ),
        ],
      });
      expect(response.body).toEqual({ successes: [{ id: "e20", status: 201 }], errors: [] });
      expect(await getSubject(t.db, PROJECT_ID, "trace", "trace-ing")).toMatchObject({
        name: "chat",
        input: { q: "hi" },
        output: { answer: 4 },
        metadata: { user: "u1", turn: 2 },
        timestamp: T1,
      });
    });

    it("refuses context a database cannot store, per event", async () => {
      const response = await send({
        batch: [event("e30", "span-create", { id: "span-bad", traceId: "t", input: "nul \u0000 byte" })],
      });
      expect((response.body as Outcome).errors).toEqual([
        expect.objectContaining({
          id: "e30",
          status: 400,
          error: expect.stringMatching(/^body\.input: /),
        }),
      ]);
    });

    it("refuses a body without a batch array as a whole: {message, errors: [strings]}", async () => {
      const response = await send({ batch: "nope" });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        message: "Invalid request data",
        errors: [expect.stringMatching(/^batch: /)],
      });
    });

    it("answers a refused key {error: UnauthorizedError, message}, with CORS", async () => {
      for (const headers of [{}, basicAuth({ ...KEYS, secretKey: "sk-lf-wrong" })]) {
        const response = await sendRequest(ingest, "/api/public/ingestion", {
          method: "POST",
          headers,
          body: { batch: [] },
        });
        expect(response.status).toBe(401);
        expect(response.body).toEqual({ error: "UnauthorizedError", message: expect.any(String) });
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
      }
    });
  },
  seedWriteFixtures,
);
