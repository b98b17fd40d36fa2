import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { annotationQueues, memberships, scoreConfigs, scoreRevisions, scores, users } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { BASE_DATE, PRINCIPALS, PROJECT_ID, seedWriteFixtures, traceScore } from "./write-fixtures";
import { scoreInputSchema } from "./score-input";
import { createScores, deleteScore, listRevisions, patchScore } from "./write";

/** What JSON.stringify makes of a row: the format revisions store. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describeEachEngine(
  "slim create revisions",
  (t) => {
    const createOne = async (fields: Record<string, unknown>) =>
      (await createScores(t.db, PRINCIPALS.apiKey, [scoreInputSchema.parse(traceScore(fields))])).rows[0];

    const storedAfter = async (scoreId: string) =>
      (
        await t.db
          .select({ after: scoreRevisions.after })
          .from(scoreRevisions)
          .where(and(eq(scoreRevisions.scoreId, scoreId), eq(scoreRevisions.action, "create")))
      ).map((revision) => revision.after);

    it("stores only the clearable references, and lists the whole created row", async () => {
      const created = await createOne({ id: "slim-1", value: 3, comment: "first", metadata: { a: [1] } });
      expect(await storedAfter("slim-1")).toEqual([
        { configId: "cfg-quality", authorUserId: null, queueId: null },
      ]);
      const [revision] = await listRevisions(t.db, PROJECT_ID, "slim-1");
      expect(revision).toMatchObject({ action: "create", before: null, after: asJson(created) });
    });

    it("keeps what the score was created with after its config, queue and author are deleted", async () => {
      await t.db.insert(users).values({ id: "user-leaving", email: "leaving@example.com", name: "Leaving" });
      await t.db
        .insert(memberships)
        .values({ userId: "user-leaving", projectId: PROJECT_ID, role: "annotator" });
      await t.db.insert(scoreConfigs).values({
        projectId: PROJECT_ID,
        id: "cfg-short-lived",
        name: "short-lived",
        dataType: "NUMERIC",
        widget: "numeric",
        createdAt: BASE_DATE,
        updatedAt: BASE_DATE,
      });
      await t.db
        .insert(annotationQueues)
        .values({ id: "queue-short-lived", projectId: PROJECT_ID, name: "Gone" });
      const created = await createOne({
        id: "slim-2",
        name: undefined,
        configId: "cfg-short-lived",
        queueId: "queue-short-lived",
        authorUserId: "user-leaving",
        value: 5,
      });
      await t.db.delete(scoreConfigs).where(eq(scoreConfigs.id, "cfg-short-lived"));
      await t.db.delete(annotationQueues).where(eq(annotationQueues.id, "queue-short-lived"));
      await t.db.delete(users).where(eq(users.id, "user-leaving"));
      const [cleared] = await t.db.select().from(scores).where(eq(scores.id, "slim-2"));
      expect(cleared).toMatchObject({ configId: null, queueId: null, authorUserId: null });

      const [creation] = await listRevisions(t.db, PROJECT_ID, "slim-2");
      expect(creation.after).toEqual(asJson(created));
      const patched = await patchScore(t.db, PRINCIPALS.apiKey, "slim-2", { comment: "later" });
      const history = await listRevisions(t.db, PROJECT_ID, "slim-2");
      expect(history.map((revision) => [revision.action, revision.before, revision.after])).toEqual([
        ["create", null, asJson(created)],
        ["update", asJson(cleared), asJson(patched)],
      ]);
    });

    it("makes each life of a deleted and re-created score whole", async () => {
      const first = await createOne({ id: "slim-3", value: 1 });
      await deleteScore(t.db, PRINCIPALS.apiKey, "slim-3");
      const second = await createOne({ id: "slim-3", value: 2, comment: "again" });
      const history = await listRevisions(t.db, PROJECT_ID, "slim-3");
      expect(history.map((revision) => [revision.action, revision.before, revision.after])).toEqual([
        ["create", null, asJson(first)],
        ["delete", asJson(first), null],
        ["create", null, asJson(second)],
      ]);
    });
  },
  seedWriteFixtures,
);
