import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import {
  at,
  basicAuth,
  CONFIGS,
  countRevisions,
  countScores,
  KEYS,
  PROJECT_ID,
  sendRequest,
  seedWriteFixtures,
  TRACE_ID,
} from "@/lib/scores/write-fixtures";
import { GET as listNative, POST as createNative } from "../v1/scores/route";
import { DELETE as deleteScore } from "./scores/[scoreId]/route";
import { POST as createScore } from "./scores/route";
import { GET as listV3 } from "./v3/scores/route";

/**
 * POST and DELETE /api/public/scores on the write fixtures (lib/scores/write-fixtures.ts): every
 * data type, Langfuse's write rules, synchronous config validation, upserts keeping the fields
 * upstream keeps, immediate deletes, and the same scores seen through /api/v1.
 */
const auth = basicAuth(KEYS);
const bearerPublic = { authorization: `Bearer ${KEYS.publicKey}` };

const post = (body: unknown, headers: Record<string, string> = auth) =>
  sendRequest(createScore, "/api/public/scores", { method: "POST", headers, body });

type V3Score = Record<string, unknown> & {
  id: string;
  value: unknown;
  subject?: { kind: string; id: string };
};
async function readV3(id: string, fields = "details,subject,annotation"): Promise<V3Score | undefined> {
  const response = await sendRequest(listV3, `/api/public/v3/scores?id=${id}&fields=${fields}`, {
    headers: auth,
  });
  return (response.body as { data: V3Score[] }).data[0];
}

async function expectRefused(body: unknown, issues: { path: PropertyKey[]; message: string }[]) {
  const response = await post(body);
  expect(response.status).toBe(400);
  expect(response.body).toEqual({
    message: "Invalid request data",
    error: issues.map((issue) => expect.objectContaining(issue)),
  });
}

describeEachEngine(
  "Langfuse score writes",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    describe("POST /api/public/scores", () => {
      it("creates each of the five data types and answers {id}", async () => {
        const bodies = [
          { id: "lf-num", name: "accuracy", value: 0.8, traceId: TRACE_ID },
          { id: "lf-cat", name: "verdict", value: "pass", traceId: TRACE_ID },
          { id: "lf-bool", name: "grounded", value: 1, dataType: "BOOLEAN", traceId: TRACE_ID },
          { id: "lf-text", name: "remark", value: "fine", dataType: "TEXT", sessionId: "sess-1" },
          {
            id: "lf-corr",
            name: "ignored",
            value: "4",
            dataType: "CORRECTION",
            traceId: TRACE_ID,
            observationId: "o1",
          },
        ];
        for (const body of bodies)
          expect(await post(body)).toMatchObject({ status: 200, body: { id: body.id } });
        const read = await Promise.all(bodies.map((body) => readV3(body.id)));
        expect(read.map((score) => [score?.name, score?.dataType, score?.value])).toEqual([
          ["accuracy", "NUMERIC", 0.8],
          ["verdict", "CATEGORICAL", "pass"],
          ["grounded", "BOOLEAN", true],
          ["remark", "TEXT", "fine"],
          ["output", "CORRECTION", "4"],
        ]);
        expect(read[3]?.subject).toEqual({ kind: "session", id: "sess-1" });
        expect(read[4]?.subject).toEqual({ kind: "observation", id: "o1", traceId: TRACE_ID });
      });

      it("generates an id when none or an empty one is sent", async () => {
        for (const id of [undefined, ""]) {
          const response = await post({ id, name: "accuracy", value: 1, traceId: TRACE_ID });
          expect(response.status).toBe(200);
          const { id: created } = response.body as { id: string };
          expect(created).toMatch(/^[0-9a-f-]{36}$/);
          expect((await readV3(created))?.value).toBe(1);
        }
      });

      it("takes the data type, name and bounds of a config named by configId", async () => {
        const response = await post({
          id: "lf-cfg",
          name: "tone",
          value: "rude",
          configId: CONFIGS.tone,
          traceId: TRACE_ID,
        });
        expect(response.status).toBe(200);
        expect(await readV3("lf-cfg")).toMatchObject({
          dataType: "CATEGORICAL",
          value: "rude",
          configId: CONFIGS.tone,
        });
      });

      it("normalises environments as upstream and stores metadata of any JSON type", async () => {
        const cases: [environment: string | undefined, metadata: unknown, stored: string, kept: unknown][] = [
          ["Langfuse-Prod", { a: { b: 1 } }, "prod", { a: { b: 1 } }],
          ["has space", "a note", "default", { metadata: "a note" }],
          ["x".repeat(50), [1, 2], "x".repeat(40), { metadata: [1, 2] }],
          [undefined, null, "default", {}],
        ];
        for (const [index, [environment, metadata, stored, kept]] of cases.entries()) {
          const id = `lf-env-${index}`;
          expect(
            (await post({ id, name: "accuracy", value: 1, traceId: TRACE_ID, environment, metadata })).status,
          ).toBe(200);
          expect(await readV3(id)).toMatchObject({ environment: stored, metadata: kept });
        }
      });

      it("upserts by id, keeping timestamp, traceId and environment as first written", async () => {
        const first = { id: "lf-upsert", name: "accuracy", value: 1, traceId: "trace-a", environment: "one" };
        expect((await post(first)).status).toBe(200);
        const before = await readV3("lf-upsert");
        const second = { ...first, value: 2, traceId: "trace-b", environment: "two", comment: "revised" };
        expect((await post(second)).status).toBe(200);
        const after = await readV3("lf-upsert");
        expect(after).toMatchObject({
          value: 2,
          comment: "revised",
          environment: "one",
          subject: { kind: "trace", id: "trace-a" },
          timestamp: before?.timestamp,
          createdAt: before?.createdAt,
        });
        expect(after?.updatedAt).not.toBe(before?.updatedAt);
      });
    });

    describe("POST /api/public/scores refusals (nothing is written)", () => {
      const subjectRule =
        "Provide exactly one of the following: traceId (with optional observationId), sessionId or datasetRunId. ObservationId requires traceId.";
      const cases: [
        what: string,
        body: Record<string, unknown>,
        issues: { path: PropertyKey[]; message: string }[],
      ][] = [
        ["no subject", { name: "accuracy", value: 1 }, [{ path: [], message: subjectRule }]],
        [
          "two subjects",
          { name: "accuracy", value: 1, traceId: "t", sessionId: "s" },
          [{ path: [], message: subjectRule }],
        ],
        [
          "observation without trace",
          { name: "accuracy", value: 1, sessionId: "s", observationId: "o" },
          [{ path: [], message: subjectRule }],
        ],
        [
          "ANNOTATION without config",
          { name: "accuracy", value: 1, traceId: "t", source: "ANNOTATION" },
          [
            {
              path: ["configId"],
              message: "configId is required when source is ANNOTATION (except for CORRECTION scores).",
            },
          ],
        ],
        [
          "BOOLEAN 2",
          { name: "b", value: 2, dataType: "BOOLEAN", traceId: "t" },
          [{ path: ["value"], message: "Value must be either 0 or 1 for data type BOOLEAN" }],
        ],
        [
          "TEXT over 500 characters",
          { name: "t", value: "x".repeat(501), dataType: "TEXT", traceId: "t" },
          [{ path: ["value"], message: "Value must be a string of 1 to 500 characters for data type TEXT" }],
        ],
        [
          "CORRECTION on a session",
          { name: "c", value: "x", dataType: "CORRECTION", sessionId: "s" },
          [
            {
              path: ["dataType"],
              message: "CORRECTION scores can only be attached to a trace or an observation",
            },
          ],
        ],
        [
          "over the config's maximum (checked now, not dropped later)",
          { name: "quality", value: 99, traceId: "t" },
          [{ path: ["value"], message: 'Value 99 is above the maximum 10 of config "quality"' }],
        ],
        [
          "an unknown config",
          { name: "quality", value: 1, configId: "cfg-nope", traceId: "t" },
          [{ path: ["configId"], message: "Score config cfg-nope not found in this project" }],
        ],
        [
          "an archived config",
          { name: "retired", value: 1, configId: CONFIGS.retired, traceId: "t" },
          [{ path: ["configId"], message: 'Score config "retired" is archived and accepts no new scores' }],
        ],
        [
          "a category the config lacks",
          { name: "tone", value: "grumpy", configId: CONFIGS.tone, traceId: "t" },
          [
            {
              path: ["value"],
              message: '"grumpy" is not a category of config "tone" (allowed: friendly, neutral, rude)',
            },
          ],
        ],
        [
          "a name that differs from the config's",
          { name: "other", value: 1, configId: CONFIGS.quality, traceId: "t" },
          [{ path: ["name"], message: 'Must equal the name of config cfg-quality ("quality")' }],
        ],
      ];
      it.each(cases)("%s", async (_what, body, issues) => {
        const before = [await countScores(t.db), await countRevisions(t.db)];
        await expectRefused(body, issues);
        expect([await countScores(t.db), await countRevisions(t.db)]).toEqual(before);
      });

      it("refuses source EVAL on this endpoint", async () => {
        const response = await post({ name: "accuracy", value: 1, traceId: "t", source: "EVAL" });
        expect(response.status).toBe(400);
        expect((response.body as { error: { path: string[] }[] }).error[0].path).toEqual(["source"]);
      });
    });

    describe("keys", () => {
      it("lets a bare public key create scores, and nothing else", async () => {
        const created = await post(
          { id: "lf-browser", name: "thumbs", value: 1, dataType: "BOOLEAN", traceId: TRACE_ID },
          bearerPublic,
        );
        expect(created).toMatchObject({ status: 200, body: { id: "lf-browser" } });
        const listed = await sendRequest(listV3, "/api/public/v3/scores", { headers: bearerPublic });
        expect(listed).toMatchObject({
          status: 401,
          body: { message: "Access denied - need to use basic auth with secret key" },
        });
        const deleted = await sendRequest(deleteScore, "/api/public/scores/lf-browser", {
          method: "DELETE",
          headers: bearerPublic,
          params: { scoreId: "lf-browser" },
        });
        expect(deleted.status).toBe(401);
        expect(await readV3("lf-browser")).toBeDefined();
      });
    });

    describe("DELETE /api/public/scores/{id}", () => {
      const remove = (id: string) =>
        sendRequest(deleteScore, `/api/public/scores/${id}`, {
          method: "DELETE",
          headers: auth,
          params: { scoreId: id },
        });

      it("deletes at once with 202, keeps a revision to restore from, and answers 202 for unknown ids", async () => {
        expect((await post({ id: "lf-gone", name: "accuracy", value: 3, traceId: TRACE_ID })).status).toBe(
          200,
        );
        const revisions = await countRevisions(t.db);
        expect(await remove("lf-gone")).toMatchObject({
          status: 202,
          body: { message: "Score deletion queued successfully" },
        });
        expect(await readV3("lf-gone")).toBeUndefined();
        expect(await countRevisions(t.db)).toBe(revisions + 1);
        expect((await remove("never-existed")).status).toBe(202);
      });
    });

    describe("one store behind every surface", () => {
      it("a score written here is listed at once by /api/v1 with the same values", async () => {
        const body = {
          id: "lf-cross",
          name: "quality",
          value: 6,
          traceId: TRACE_ID,
          comment: "from langfuse",
          metadata: { run: 7 },
          environment: "staging",
        };
        expect((await post(body)).status).toBe(200);
        const native = await sendRequest(listNative, "/api/v1/scores?id=lf-cross", { headers: auth });
        expect((native.body as { data: unknown[] }).data).toEqual([
          expect.objectContaining({
            id: "lf-cross",
            name: "quality",
            dataType: "NUMERIC",
            value: 6,
            configId: CONFIGS.quality,
            source: "API",
            traceId: TRACE_ID,
            comment: "from langfuse",
            metadata: { run: 7 },
            environment: "staging",
          }),
        ]);
      });

      it("a score written through /api/v1 appears in v3 with its typed value", async () => {
        const scores = [
          { id: "v1-bool", name: "helpful", value: true, traceId: TRACE_ID, timestamp: at(5) },
          { id: "v1-cat", name: "tone", value: "neutral", traceId: TRACE_ID, timestamp: at(6) },
          { id: "v1-num", name: "quality", value: 4.5, traceId: TRACE_ID, timestamp: at(7) },
          { id: "v1-text", name: "feedback", value: "short", traceId: TRACE_ID, timestamp: at(8) },
        ];
        const created = await sendRequest(createNative, "/api/v1/scores", {
          method: "POST",
          headers: auth,
          body: { scores },
        });
        expect(created.status).toBe(201);
        const read = await sendRequest(listV3, "/api/public/v3/scores?id=v1-bool,v1-cat,v1-num,v1-text", {
          headers: auth,
        });
        const values = (read.body as { data: V3Score[] }).data.map((score) => [
          score.id,
          score.dataType,
          score.value,
        ]);
        expect(values).toEqual([
          ["v1-text", "TEXT", "short"],
          ["v1-num", "NUMERIC", 4.5],
          ["v1-cat", "CATEGORICAL", "neutral"],
          ["v1-bool", "BOOLEAN", true],
        ]);
        expect((read.body as { data: V3Score[] }).data[0]).toMatchObject({
          projectId: PROJECT_ID,
          timestamp: at(8),
        });
      });
    });
  },
  seedWriteFixtures,
);
