import { expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors";
import { scoreInputSchema } from "./score-input";
import { scoreValueOf } from "./serialize";
import {
  CONFIGS,
  PRINCIPALS,
  QUEUE_ID,
  OTHER_QUEUE_ID,
  USERS,
  countRevisions,
  countScores,
  seedWriteFixtures,
  traceScore,
} from "./write-fixtures";
import { createScores } from "./write";

const inputs = (...raw: Record<string, unknown>[]) => raw.map((score) => scoreInputSchema.parse(score));

async function rejectionOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { status: error.status, issues: error.issues };
}

describeEachEngine(
  "createScores",
  (t) => {
    const create = (principal: Principal, ...raw: Record<string, unknown>[]) =>
      createScores(t.db, principal, inputs(...raw));

    it("creates a score of every data type, with configs found by id or by name", async () => {
      const { rows, created } = await create(
        PRINCIPALS.apiKey,
        traceScore({ name: "quality", value: 7.5 }),
        traceScore({ name: "latency", value: 1.5 }),
        traceScore({ configId: CONFIGS.helpful, name: undefined, value: true }),
        traceScore({ name: "free-flag", value: false }),
        traceScore({ name: "tone", value: "rude" }),
        traceScore({ name: "tags", value: ["bug", "ux"] }),
        traceScore({ name: "feedback", value: "clear answer" }),
        traceScore({ name: "quality", dataType: "CORRECTION", value: "4" }),
        traceScore({ name: "payload", value: { steps: [1, 2] } }),
        traceScore({ name: "loose", dataType: "categorical", value: "maybe" }),
      );
      expect(created.every(Boolean)).toBe(true);
      const summary = rows.map((row) => [row.name, row.dataType, row.configId, scoreValueOf(row)]);
      expect(summary).toEqual([
        ["quality", "NUMERIC", CONFIGS.quality, 7.5],
        ["latency", "NUMERIC", null, 1.5],
        ["helpful", "BOOLEAN", CONFIGS.helpful, true],
        ["free-flag", "BOOLEAN", null, false],
        ["tone", "CATEGORICAL", CONFIGS.tone, "rude"],
        ["tags", "CATEGORICAL", CONFIGS.tags, ["bug", "ux"]],
        ["feedback", "TEXT", CONFIGS.feedback, "clear answer"],
        ["quality", "CORRECTION", null, "4"],
        ["payload", "JSON", CONFIGS.payload, { steps: [1, 2] }],
        ["loose", "CATEGORICAL", null, "maybe"],
      ]);
      expect(rows[2]).toMatchObject({ numericValue: 1, stringValue: "True" });
      expect(rows[4]).toMatchObject({ numericValue: 2, stringValue: "rude", categories: null });
      expect(rows[5]).toMatchObject({ numericValue: 0, stringValue: "bug", categories: ["bug", "ux"] });
      expect(rows[0]).toMatchObject({
        source: "API",
        environment: "default",
        subjectKind: "trace",
        metadata: {},
      });
      expect(rows[0].timestamp.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    });

    it("keeps every optional field a client sends, with its type", async () => {
      const fields = {
        observationId: "obs-1",
        observationType: "generation",
        environment: "staging",
        source: "EVAL",
        comment: "why",
        metadata: { nested: { list: [1, "two", null] } },
        kind: "llm",
        isPassed: true,
        cost: 0.0125,
        status: "success",
        errorMessage: "",
        promptId: "prompt-1",
        promptVersion: 3,
        datasetId: "ds-1",
        automationId: "auto-1",
        executionTraceId: "exec-1",
        queueItemId: "qi-1",
      };
      const { rows } = await create(
        PRINCIPALS.apiKey,
        traceScore({ ...fields, queueId: QUEUE_ID, authorUserId: USERS.owner }),
      );
      expect(rows[0]).toMatchObject({
        ...fields,
        queueId: QUEUE_ID,
        authorUserId: USERS.owner,
        subjectKind: "observation",
      });
    });

    it("derives the subject kind: experiment > observation > session > trace", async () => {
      const { rows } = await create(
        PRINCIPALS.apiKey,
        traceScore({ observationId: "o1", sessionId: "s1" }),
        traceScore({ traceId: undefined, sessionId: "s1" }),
        traceScore({ experimentId: "e1", observationId: "o1" }),
      );
      expect(rows.map((row) => row.subjectKind)).toEqual(["observation", "session", "experiment"]);
    });

    it("answers every config violation with 400 at its path, and writes nothing", async () => {
      const [scoresBefore, revisionsBefore] = [await countScores(t.db), await countRevisions(t.db)];
      const { status, issues } = await rejectionOf(
        create(
          PRINCIPALS.apiKey,
          traceScore({ id: "would-be-valid" }),
          traceScore({ value: 11 }),
          traceScore({ name: "tone", value: "meh" }),
          traceScore({ name: "tone", value: ["friendly", "rude"] }),
          traceScore({ name: "retired", value: 1 }),
          traceScore({ dataType: "TEXT", value: "great" }),
          traceScore({ configId: CONFIGS.otherProject, name: undefined }),
          traceScore({ configId: CONFIGS.tone, value: "rude" }),
          traceScore({ authorUserId: USERS.outsider, queueId: OTHER_QUEUE_ID }),
        ),
      );
      expect(status).toBe(400);
      expect(issues).toEqual([
        { path: "scores.1.value", message: 'Value 11 is above the maximum 10 of config "quality"' },
        {
          path: "scores.2.value",
          message: '"meh" is not a category of config "tone" (allowed: friendly, neutral, rude)',
        },
        { path: "scores.3.value", message: 'Config "tone" allows one category, got 2' },
        { path: "scores.4.name", message: 'Score config "retired" is archived and accepts no new scores' },
        { path: "scores.5.dataType", message: 'TEXT does not match config "quality" (NUMERIC)' },
        { path: "scores.6.configId", message: "Score config cfg-other-project not found in this project" },
        { path: "scores.7.name", message: `Must equal the name of config ${CONFIGS.tone} ("tone")` },
        { path: "scores.8.authorUserId", message: "User user-outsider is not a member of this project" },
        { path: "scores.8.queueId", message: "Annotation queue queue-elsewhere not found in this project" },
      ]);
      expect([await countScores(t.db), await countRevisions(t.db)]).toEqual([scoresBefore, revisionsBefore]);
    });

    it("refuses duplicate ids inside one batch", async () => {
      const { issues } = await rejectionOf(
        create(PRINCIPALS.apiKey, traceScore({ id: "dup" }), traceScore({ id: "dup" })),
      );
      expect(issues).toEqual([{ path: "scores.1.id", message: "Duplicate id; also at index 0" }]);
    });

    it("upserts by id: 'created' false, created_at kept, updated_at moved, one revision each", async () => {
      const first = await create(
        PRINCIPALS.apiKey,
        traceScore({ id: "upsert-me", value: 3, queueId: QUEUE_ID }),
      );
      const second = await create(
        PRINCIPALS.apiKey,
        traceScore({ id: "upsert-me", value: 4, comment: "changed" }),
      );
      expect([first.created, second.created]).toEqual([[true], [false]]);
      const [before, after] = [first.rows[0], second.rows[0]];
      expect(after).toMatchObject({
        numericValue: 4,
        comment: "changed",
        queueId: null,
        createdAt: before.createdAt,
      });
      expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    });

    it("takes 1000 scores in one batch", async () => {
      const batch = Array.from({ length: 1000 }, (_, index) =>
        traceScore({ name: `bulk-${index % 7}`, value: index }),
      );
      const before = await countScores(t.db);
      const { rows } = await create(PRINCIPALS.apiKey, ...batch);
      expect(rows.map((row) => row.numericValue)).toEqual(batch.map((score) => score.value));
      expect(await countScores(t.db)).toBe(before + 1000);
    });

    it("lets annotators create ANNOTATION scores as themselves only", async () => {
      const { rows } = await create(PRINCIPALS.annotator, traceScore({ id: "mine" }));
      expect(rows[0]).toMatchObject({ source: "ANNOTATION", authorUserId: USERS.annotator });
      const { status, issues } = await rejectionOf(
        create(
          PRINCIPALS.annotator,
          traceScore({ source: "API" }),
          traceScore({ authorUserId: USERS.owner }),
        ),
      );
      expect(status).toBe(403);
      expect(issues?.map((issue) => issue.path)).toEqual(["scores.0.source", "scores.1.authorUserId"]);
      const overwrite = await rejectionOf(
        create(PRINCIPALS.otherAnnotator, traceScore({ id: "mine", value: 1 })),
      );
      expect(overwrite.status).toBe(403);
      expect(overwrite.issues?.[0].path).toBe("scores.0.id");
      expect((await rejectionOf(create(PRINCIPALS.viewer, traceScore()))).status).toBe(403);
    });
  },
  seedWriteFixtures,
);
