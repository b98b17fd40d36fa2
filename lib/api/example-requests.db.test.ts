import { beforeAll, describe, expect, it } from "vitest";
import { GET as getLangfuseV2 } from "@/app/api/public/v2/scores/[scoreId]/route";
import { GET as getNative } from "@/app/api/v1/scores/[id]/route";
import { scoreConfigs } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import type { Principal } from "@/lib/auth/principal";
import { setDatabaseForTests } from "@/lib/database";
import { EXAMPLE_BASE_URL, runCurl } from "./example-requests-fixtures";
import {
  buildExampleRequests,
  isAvailable,
  type ScoreEdit,
  type Surface,
  type SurfaceExamples,
} from "./example-requests";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import { scoreInputSchema } from "@/lib/scores/score-input";
import { createScores } from "@/lib/scores/write";
import {
  KEYS,
  PRINCIPALS,
  PROJECT_ID,
  QUEUE_ID,
  TRACE_ID,
  basicAuth,
  sendRequest,
  seedWriteFixtures,
} from "@/lib/scores/write-fixtures";

/**
 * The example requests are proven by running them: for scores of every data type and subject
 * kind, each surface's read and update commands go through bash (quoting) and the real route
 * handlers. A read must answer this score's id and value in the surface's own shape; an update
 * must change the value (and the comment where it says so) as /api/v1 then shows, and nothing
 * else. Where a surface says it cannot, the reason is checked against what the case is.
 */
type FutureAgiShape = "value" | "rating" | "thumbs" | "selected" | "text" | "json";

type Case = {
  title: string;
  principal: Principal;
  input: Record<string, unknown>;
  /** One per surface, in SURFACES order, each different from the one before. */
  edits: [ScoreEdit, ScoreEdit, ScoreEdit, ScoreEdit];
  futureAgi: FutureAgiShape;
  langfuseRead?: RegExp;
  langfuseUpdate?: RegExp;
  /** Respan's string_value is a text score's value, so its example leaves the comment alone. */
  respanKeepsComment?: boolean;
};

const SURFACES: Surface[] = ["native", "langfuse", "respan", "futureagi"];
const HOSTILE_COMMENT = `it's "fine" $HOME \`id\` $(id) \\ !x`;

const CASES: Case[] = [
  {
    title: "numeric score on a trace, with quotes and $ in id, comment and metadata",
    principal: PRINCIPALS.apiKey,
    input: {
      id: "ex-numeric it's #1",
      name: "quality",
      value: 7,
      traceId: TRACE_ID,
      comment: HOSTILE_COMMENT,
      metadata: { note: 'it\'s "quoted" `x` $(id) \\ !', nested: { ok: true, list: [1, "two"] } },
    },
    edits: [
      { value: 9.5, comment: `now it's "better" \\ $PATH` },
      { value: 2, comment: null },
      { value: 3.25, comment: "respan's 'note'" },
      { value: 10, comment: 'future "agi"' },
    ],
    futureAgi: "value",
  },
  {
    title: "boolean score on an observation",
    principal: PRINCIPALS.apiKey,
    input: { id: "ex-boolean", name: "helpful", value: true, traceId: TRACE_ID, observationId: "obs-1" },
    edits: [
      { value: false, comment: "nope" },
      { value: true, comment: null },
      { value: false, comment: "r" },
      { value: true, comment: "f" },
    ],
    futureAgi: "thumbs",
  },
  {
    title: "single-select categorical score on a session",
    principal: PRINCIPALS.apiKey,
    input: { id: "ex-tone", name: "tone", value: "friendly", sessionId: "sess-1", metadata: {} },
    edits: [
      { value: "rude", comment: null },
      { value: "neutral", comment: "calm" },
      { value: "friendly", comment: "kind" },
      { value: "rude", comment: null },
    ],
    futureAgi: "selected",
  },
  {
    title: "multi-select categorical score on an experiment",
    principal: PRINCIPALS.apiKey,
    input: { id: "ex-tags", name: "tags", value: ["bug", "docs"], experimentId: "exp-1" },
    edits: [
      { value: ["ux"], comment: "one" },
      { value: ["ux"], comment: "one" },
      { value: ["bug", "ux"], comment: "two" },
      { value: ["docs"], comment: null },
    ],
    futureAgi: "selected",
    langfuseUpdate: /one category/,
  },
  {
    title: "star rating on an observation (FutureAGI's rating shape)",
    principal: PRINCIPALS.apiKey,
    input: { id: "ex-stars", name: "stars", value: 4, traceId: TRACE_ID, observationId: "obs-2" },
    edits: [
      { value: 5, comment: null },
      { value: 1, comment: "one" },
      { value: 2, comment: "two" },
      { value: 3, comment: "three" },
    ],
    futureAgi: "rating",
  },
  {
    title: "text score on a trace",
    principal: PRINCIPALS.apiKey,
    input: {
      id: "ex-text",
      name: "feedback",
      value: "Too long; didn't read",
      traceId: TRACE_ID,
      comment: "keep",
    },
    edits: [
      { value: 'Short and "sweet"', comment: "c1" },
      { value: "Langfuse's text", comment: "c2" },
      { value: "Respan text", comment: "ignored by Respan" },
      { value: "FutureAGI text", comment: "c4" },
    ],
    futureAgi: "text",
    respanKeepsComment: true,
  },
  {
    title: "JSON score on a trace",
    principal: PRINCIPALS.apiKey,
    input: { id: "ex-json", name: "payload", value: { a: [1, "it's"] }, traceId: TRACE_ID },
    edits: [
      { value: { b: "x'y" }, comment: "j1" },
      { value: { b: "x'y" }, comment: "j1" },
      { value: [1, { c: null }], comment: "j3" },
      { value: "just text", comment: null },
    ],
    futureAgi: "json",
    langfuseRead: /no JSON data type/,
    langfuseUpdate: /no JSON data type/,
  },
  {
    title: "correction on a trace, without a config",
    principal: PRINCIPALS.apiKey,
    input: {
      id: "ex-correction",
      name: "output",
      dataType: "CORRECTION",
      value: "It is 4",
      traceId: TRACE_ID,
    },
    edits: [
      { value: "It is four", comment: "spelled out" },
      { value: "4", comment: null },
      { value: "four (4)", comment: "x" },
      { value: "It's 4", comment: "y" },
    ],
    futureAgi: "text",
    respanKeepsComment: true,
  },
  {
    title: "annotation by a person, in a queue",
    principal: PRINCIPALS.annotator,
    input: { id: "ex-annotation", name: "quality", value: 3, traceId: TRACE_ID, queueId: QUEUE_ID },
    edits: [
      { value: 4, comment: "better" },
      { value: 4, comment: "better" },
      { value: 5, comment: null },
      { value: 6, comment: "six" },
    ],
    futureAgi: "value",
    langfuseUpdate: /drop the score's author/,
  },
  {
    title: "evaluator run on a session, without a config",
    principal: PRINCIPALS.apiKey,
    input: {
      id: "ex-eval",
      name: "latency-judge",
      dataType: "NUMERIC",
      value: 0.2,
      source: "EVAL",
      cost: 0.01,
      status: "ok",
      sessionId: "sess-2",
    },
    edits: [
      { value: 0.4, comment: "slow" },
      { value: 0.4, comment: "slow" },
      { value: 0.6, comment: null },
      { value: 0.8, comment: "fast" },
    ],
    futureAgi: "value",
    langfuseUpdate: /source EVAL.*\(cost, status\)/,
  },
];

type Detail = ScoreDetailJson & Record<string, unknown>;
const auth = basicAuth(KEYS);

/** The surface's own rendering of `score`'s value; independent of the example builder. */
function expectedRead(surface: Surface, kase: Case, score: Detail): Record<string, unknown> {
  const value = score.value;
  const list = Array.isArray(value) ? value : [value];
  switch (surface) {
    case "native":
      return { id: score.id, value };
    case "langfuse":
      if (score.dataType === "NUMERIC") return { id: score.id, value };
      if (score.dataType === "BOOLEAN")
        return { id: score.id, value: value ? 1 : 0, stringValue: value ? "True" : "False" };
      return { id: score.id, stringValue: list[0] };
    case "respan":
      return {
        id: score.id,
        ...(score.dataType === "NUMERIC" ? { numerical_value: value } : {}),
        ...(score.dataType === "BOOLEAN" ? { boolean_value: value } : {}),
        ...(score.dataType === "CATEGORICAL" ? { categorical_value: list } : {}),
        ...(score.dataType === "TEXT" || score.dataType === "CORRECTION" ? { string_value: value } : {}),
      };
    case "futureagi": {
      const shapes: Record<FutureAgiShape, Record<string, unknown>> = {
        value: { value },
        rating: { rating: value },
        thumbs: { value: value ? "up" : "down" },
        selected: { selected: list },
        text: { text: value },
        json: { json: value },
      };
      return { id: score.id, value: shapes[kase.futureAgi] };
    }
  }
}

/** What an update may change; everything else must read back the same. */
const CHANGEABLE = [
  "value",
  "numericValue",
  "stringValue",
  "categories",
  "jsonValue",
  "comment",
  "updatedAt",
  "revisionCount",
];
const fixedFields = (score: Detail) =>
  Object.fromEntries(Object.entries(score).filter(([field]) => !CHANGEABLE.includes(field)));

describeEachEngine(
  "example requests, executed",
  (t) => {
    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      await t.db.insert(scoreConfigs).values({
        id: "cfg-stars",
        projectId: PROJECT_ID,
        name: "stars",
        dataType: "NUMERIC",
        widget: "star",
        minValue: 1,
        maxValue: 5,
        step: 1,
      });
      for (const kase of CASES) {
        await createScores(t.db, kase.principal, [scoreInputSchema.parse(kase.input)]);
      }
    });

    async function readNative(id: string): Promise<Detail> {
      const response = await sendRequest(getNative, `/api/v1/scores/${encodeURIComponent(id)}`, {
        headers: auth,
        params: { id },
      });
      expect(response.status).toBe(200);
      return response.body as Detail;
    }

    const examplesFor = (score: Detail, edit?: ScoreEdit) =>
      buildExampleRequests({ baseUrl: `${EXAMPLE_BASE_URL}/`, score, edit });
    const surfaceOf = (examples: SurfaceExamples[], surface: Surface) =>
      examples.find((example) => example.surface === surface)!;

    for (const kase of CASES) {
      describe(kase.title, () => {
        it("reads and updates the score through every surface that can address it", async () => {
          const id = kase.input.id as string;
          for (const [index, surface] of SURFACES.entries()) {
            const edit = kase.edits[index];
            const before = await readNative(id);
            const { read, update } = surfaceOf(examplesFor(before, edit), surface);

            if (surface === "langfuse" && kase.langfuseRead) {
              expect(isAvailable(read)).toBe(false);
              expect(read).toMatchObject({ reason: expect.stringMatching(kase.langfuseRead) });
            } else {
              expect(isAvailable(read), `${surface} read`).toBe(true);
              const answer = await runCurl((read as { command: string }).command, KEYS);
              expect(answer.request.method).toBe("GET");
              expect([surface, answer.status]).toEqual([surface, 200]);
              expect(answer.body).toMatchObject(expectedRead(surface, kase, before));
            }

            const expectUpdate = !(surface === "langfuse" && kase.langfuseUpdate);
            if (!expectUpdate) {
              expect(isAvailable(update)).toBe(false);
              expect(update).toMatchObject({ reason: expect.stringMatching(kase.langfuseUpdate!) });
              continue;
            }
            expect(isAvailable(update), `${surface} update`).toBe(true);
            const answer = await runCurl((update as { command: string }).command, KEYS);
            expect([surface, answer.status, answer.body]).toMatchObject([surface, 200, expect.anything()]);
            const after = await readNative(id);
            expect([surface, after.value]).toEqual([surface, edit.value]);
            const keepsComment = surface === "respan" && kase.respanKeepsComment;
            expect([surface, after.comment]).toEqual([surface, keepsComment ? before.comment : edit.comment]);
            expect(fixedFields(after)).toEqual(fixedFields(before));
            expect(after.revisionCount).toBe(before.revisionCount + 1);
          }
        });
      });
    }

    it("shows JSON scores nowhere in Langfuse, as the example says", async () => {
      const response = await sendRequest(getLangfuseV2, "/api/public/v2/scores/ex-json", {
        headers: auth,
        params: { scoreId: "ex-json" },
      });
      expect(response.status).toBe(404);
    });

    it("refuses the native and Respan updates of a version that has changed since (If-Match)", async () => {
      const stale = examplesFor(await readNative("ex-boolean"), { value: false, comment: "stale" });
      const fresh = examplesFor(await readNative("ex-boolean"), { value: false, comment: "fresh" });
      const write = await runCurl(
        (surfaceOf(fresh, "futureagi").update as { command: string }).command,
        KEYS,
      );
      expect(write.status).toBe(200);
      for (const surface of ["native", "respan"] as const) {
        const answer = await runCurl((surfaceOf(stale, surface).update as { command: string }).command, KEYS);
        expect([surface, answer.status]).toEqual([surface, 412]);
      }
      expect((await readNative("ex-boolean")).comment).toBe("fresh");
    });
  },
  seedWriteFixtures,
);
