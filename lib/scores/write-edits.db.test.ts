import { expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors";
import { scoreInputSchema } from "./score-input";
import { PRINCIPALS, TRACE_ID, USERS, seedWriteFixtures, traceScore } from "./write-fixtures";
import { createScores, deleteScore, etagOf, getScoreDetail, listRevisions, patchScore } from "./write";

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { status: error.status, code: error.code, message: error.message, issues: error.issues };
}

/** What JSON.stringify makes of a row: the format revisions store. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describeEachEngine(
  "score edits, deletes and history",
  (t) => {
    const createOne = async (fields: Record<string, unknown>, principal: Principal = PRINCIPALS.apiKey) =>
      (await createScores(t.db, principal, [scoreInputSchema.parse(traceScore(fields))])).rows[0];

    it("patches value, comment and metadata, validated against the config", async () => {
      await createOne({ id: "p1", value: 2 });
      const updated = await patchScore(t.db, PRINCIPALS.apiKey, "p1", {
        value: 9,
        comment: "better",
        metadata: { a: 1 },
      });
      expect(updated).toMatchObject({ numericValue: 9, comment: "better", metadata: { a: 1 } });
      expect(await failureOf(patchScore(t.db, PRINCIPALS.apiKey, "p1", { value: 12 }))).toMatchObject({
        status: 400,
        issues: [{ path: "value", message: 'Value 12 is above the maximum 10 of config "quality"' }],
      });
      expect(
        (await failureOf(patchScore(t.db, PRINCIPALS.apiKey, "p1", { value: "nine" }))).issues?.[0].path,
      ).toBe("value");
      const cleared = await patchScore(t.db, PRINCIPALS.apiKey, "p1", { comment: null });
      expect(cleared).toMatchObject({ comment: null, numericValue: 9 });
      expect((await failureOf(patchScore(t.db, PRINCIPALS.apiKey, "nope", { comment: "x" }))).status).toBe(
        404,
      );
    });

    it("honours If-Match with the ETag or updatedAt, and answers 412 when stale", async () => {
      const created = await createOne({ id: "p2", value: 1 });
      const viaEtag = await patchScore(t.db, PRINCIPALS.apiKey, "p2", { value: 2 }, etagOf(created));
      expect(etagOf(viaEtag)).not.toBe(etagOf(created));
      const stale = await failureOf(patchScore(t.db, PRINCIPALS.apiKey, "p2", { value: 3 }, etagOf(created)));
      expect(stale).toMatchObject({ status: 412, code: "precondition_failed" });
      const viaDate = await patchScore(
        t.db,
        PRINCIPALS.apiKey,
        "p2",
        { value: 4 },
        viaEtag.updatedAt.toISOString(),
      );
      expect(viaDate.numericValue).toBe(4);
      expect((await patchScore(t.db, PRINCIPALS.apiKey, "p2", { value: 5 }, "*")).numericValue).toBe(5);
      expect(
        await failureOf(patchScore(t.db, PRINCIPALS.apiKey, "p2", { value: 6 }, "yesterday")),
      ).toMatchObject({
        status: 400,
        issues: [{ path: "If-Match" }],
      });
    });

    it("never loses one of two concurrent patches that carry the same If-Match", async () => {
      const created = await createOne({ id: "p3", value: 1 });
      const results = await Promise.allSettled([
        patchScore(t.db, PRINCIPALS.apiKey, "p3", { comment: "first" }, etagOf(created)),
        patchScore(t.db, PRINCIPALS.apiKey, "p3", { comment: "second" }, etagOf(created)),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      const rejected = results.find((result) => result.status === "rejected");
      expect((rejected as PromiseRejectedResult).reason).toMatchObject({ status: 412 });
    });

    it("writes a revision for create, upsert, patch and delete, kept after the delete", async () => {
      const created = await createOne({ id: "r1", value: 1 });
      const upserted = (
        await createScores(t.db, PRINCIPALS.apiKey, [
          scoreInputSchema.parse(traceScore({ id: "r1", value: 2 })),
        ])
      ).rows[0];
      const patched = await patchScore(t.db, PRINCIPALS.owner, "r1", { value: 3 });
      const deleted = await deleteScore(t.db, PRINCIPALS.apiKey, "r1");
      const revisions = await listRevisions(t.db, "proj-write", "r1");
      expect(revisions.map((revision) => revision.action)).toEqual(["create", "update", "update", "delete"]);
      // Batch revisions are built by PostgreSQL, single-row ones by JavaScript: one format either way.
      expect(revisions.map((revision) => [revision.before, revision.after])).toEqual([
        [null, asJson(created)],
        [asJson(created), asJson(upserted)],
        [asJson(upserted), asJson(patched)],
        [asJson(patched), null],
      ]);
      expect(deleted).toEqual(patched);
      expect(revisions[2]).toMatchObject({ actorUserId: USERS.owner, actorApiKeyId: null });
      expect(revisions[3]).toMatchObject({ actorUserId: null, actorApiKeyId: "key-fixture" });
      expect((await failureOf(deleteScore(t.db, PRINCIPALS.apiKey, "r1"))).status).toBe(404);
    });

    it("lets annotators edit and delete their own scores only; edit-any edits all", async () => {
      await createOne({ id: "a1" }, PRINCIPALS.annotator);
      expect((await failureOf(patchScore(t.db, PRINCIPALS.otherAnnotator, "a1", { value: 1 }))).status).toBe(
        403,
      );
      expect((await failureOf(deleteScore(t.db, PRINCIPALS.otherAnnotator, "a1"))).status).toBe(403);
      expect((await failureOf(patchScore(t.db, PRINCIPALS.viewer, "a1", { value: 1 }))).status).toBe(403);
      expect((await patchScore(t.db, PRINCIPALS.annotator, "a1", { value: 2 })).numericValue).toBe(2);
      expect((await patchScore(t.db, PRINCIPALS.owner, "a1", { value: 3 })).numericValue).toBe(3);
      await createOne({ id: "a2" });
      expect((await failureOf(patchScore(t.db, PRINCIPALS.annotator, "a2", { value: 1 }))).status).toBe(403);
      await deleteScore(t.db, PRINCIPALS.annotator, "a1");
    });

    it("shows a score with its config, author, queue, subject context and revision count", async () => {
      await createOne({ id: "d1", authorUserId: USERS.owner, queueId: "queue-review", comment: "ok" });
      await patchScore(t.db, PRINCIPALS.apiKey, "d1", { comment: "fine" });
      const detail = await getScoreDetail(t.db, "proj-write", "d1");
      expect(detail).toMatchObject({
        id: "d1",
        value: 7,
        comment: "fine",
        config: {
          id: "cfg-quality",
          name: "quality",
          dataType: "NUMERIC",
          minValue: 0,
          maxValue: 10,
          isArchived: false,
        },
        author: { id: USERS.owner, name: `Name of ${USERS.owner}`, email: `${USERS.owner}@example.com` },
        queue: { id: "queue-review", name: "Review" },
        subject: { kind: "trace", id: TRACE_ID, traceId: TRACE_ID },
        subjectContext: { name: "chat-completion", input: { question: "What is 2 + 2?" }, output: "4" },
        revisionCount: 2,
      });
      expect(await getScoreDetail(t.db, "proj-write", "d1").then((d) => d.updatedAt)).toBe(detail.updatedAt);
      expect((await failureOf(getScoreDetail(t.db, "proj-write-other", "d1"))).status).toBe(404);
    });
  },
  seedWriteFixtures,
);
