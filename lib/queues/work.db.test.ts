import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { memberships, queueItems, scores, users } from "@/db/schema";
import { createLabel, updateLabel } from "@/lib/labels/write-labels";
import { CONFIGS, PRINCIPALS, PROJECT_ID, seedWriteFixtures, USERS } from "@/lib/scores/write-fixtures";
import { assignToQueue } from "./assignments";
import { claimNextItem } from "./claim";
import { listItemsForLead } from "./item-list";
import { addQueueItems, resetQueueItem } from "./items";
import { listMyQueues } from "./my-work";
import { createQueue } from "./queues";
import { skipItem, submitItem, submittedScoreId } from "./submit";
import { claimNextForCaller, getItemForCaller, leftFor } from "./work-item";

const WORKERS = Array.from({ length: 8 }, (_, index) => `user-worker-${index}`);

let queueCount = 0;
async function newQueue(db: Parameters<typeof createQueue>[0], items: number, annotationsPerItem = 1) {
  queueCount += 1;
  const queue = await createQueue(db, PROJECT_ID, {
    name: `Queue ${queueCount}`,
    configIds: [CONFIGS.quality, CONFIGS.helpful],
    annotationsPerItem,
  });
  const added = await addQueueItems(
    db,
    PROJECT_ID,
    queue.id,
    Array.from({ length: items }, (_, index) => ({
      objectType: "trace" as const,
      objectId: `t-${queueCount}-${index}`,
    })),
  );
  return { queue, items: added.items };
}

const answers = [
  { configId: CONFIGS.quality, value: 7 },
  { configId: CONFIGS.helpful, value: true },
];

describeEachEngine(
  "annotation work: claims, leases, submissions",
  (t) => {
    it("adds each subject once, in the request and across requests", async () => {
      const { queue } = await newQueue(t.db, 2);
      const again = await addQueueItems(t.db, PROJECT_ID, queue.id, [
        { objectType: "trace", objectId: `t-${queueCount}-0` },
        { objectType: "trace", objectId: "fresh" },
        { objectType: "trace", objectId: "fresh" },
        { objectType: "session", objectId: "fresh" },
      ]);
      expect(again).toMatchObject({ added: 2, alreadyInQueue: 2 });
      expect((await leftFor(t.db, queue.id, USERS.owner)).total).toBe(4);
    });

    it("gives items assigned to a person first, and never one someone else holds", async () => {
      const { queue, items } = await newQueue(t.db, 3);
      await t.db
        .update(queueItems)
        .set({ assignedUserId: USERS.annotator })
        .where(eq(queueItems.id, items[2].id));
      const first = await claimNextItem(t.db, queue.id, USERS.annotator);
      expect(first?.id).toBe(items[2].id);
      const other = await claimNextItem(t.db, queue.id, USERS.otherAnnotator);
      expect(other?.id).toBe(items[0].id);
      // A reload finds the same item again.
      expect((await claimNextItem(t.db, queue.id, USERS.annotator))?.id).toBe(items[2].id);
      // Prefetching: the item on screen is excluded, the next one is held too.
      const prefetched = await claimNextItem(t.db, queue.id, USERS.annotator, { exclude: [items[2].id] });
      expect(prefetched?.id).toBe(items[1].id);
      expect(await claimNextItem(t.db, queue.id, USERS.owner)).toBeNull();
    });

    it("frees an expired lease for the next person", async () => {
      const { queue, items } = await newQueue(t.db, 1);
      expect((await claimNextItem(t.db, queue.id, USERS.annotator, { leaseSeconds: 0 }))?.id).toBe(
        items[0].id,
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect((await claimNextItem(t.db, queue.id, USERS.otherAnnotator))?.id).toBe(items[0].id);
      await expect(
        submitItem(t.db, PRINCIPALS.annotator, queue.id, items[0].id, { scores: answers }),
      ).rejects.toMatchObject({
        status: 409,
      });
    });

    it("hands every item to exactly one of many concurrent callers", async () => {
      const { queue, items } = await newQueue(t.db, 20);
      const rounds = await Promise.all(
        WORKERS.flatMap((userId) => [0, 1, 2].map(() => userId)).map(async (userId, index) => {
          // Each caller asks for an item it does not already hold (as prefetching does).
          const held = await t.db
            .select({ id: queueItems.id })
            .from(queueItems)
            .where(and(eq(queueItems.queueId, queue.id), eq(queueItems.leaseUserId, userId)));
          const row = await claimNextItem(t.db, queue.id, userId, { exclude: held.map((h) => h.id) });
          return { userId, id: row?.id ?? null, index };
        }),
      );
      const byItem = new Map<string, Set<string>>();
      rounds.forEach(({ userId, id }) => {
        if (id) byItem.set(id, (byItem.get(id) ?? new Set()).add(userId));
      });
      for (const holders of byItem.values()) expect(holders.size).toBe(1);
      expect(byItem.size).toBeGreaterThanOrEqual(WORKERS.length);
      expect(byItem.size).toBeLessThanOrEqual(items.length);
    });

    it("completes an item when N different people submitted, and never gives it twice to one", async () => {
      const { queue, items } = await newQueue(t.db, 1, 2);
      const a = await claimNextForCaller(t.db, PRINCIPALS.annotator, queue.id);
      expect(a).toMatchObject({ left: 1, total: 1, next: { item: { id: items[0].id } } });
      const result = await submitItem(t.db, PRINCIPALS.annotator, queue.id, items[0].id, {
        scores: answers,
        comment: "fine",
      });
      expect(result.item.status).toBe("pending");
      expect(result.scores).toHaveLength(2);
      expect(result.scores[0]).toMatchObject({
        source: "ANNOTATION",
        authorUserId: USERS.annotator,
        queueId: queue.id,
        queueItemId: items[0].id,
        traceId: items[0].objectId,
        comment: "fine",
      });
      expect((await claimNextForCaller(t.db, PRINCIPALS.annotator, queue.id)).next).toBeNull();
      expect(await leftFor(t.db, queue.id, USERS.annotator)).toEqual({ left: 0, total: 1 });

      const b = await claimNextForCaller(t.db, PRINCIPALS.otherAnnotator, queue.id);
      expect(b.next?.item.id).toBe(items[0].id);
      // Blind: A's scores for the queue's labels are hidden from B until B submits.
      expect(b.next?.subject.scores).toHaveLength(0);
      expect(b.next?.subject.hiddenScores).toBe(2);
      const done = await submitItem(t.db, PRINCIPALS.otherAnnotator, queue.id, items[0].id, {
        scores: answers,
      });
      expect(done.item.status).toBe("completed");
      expect(done.item.completedAt).not.toBeNull();
      const after = await getItemForCaller(t.db, PRINCIPALS.otherAnnotator, queue.id, items[0].id);
      expect(after.subject.scores).toHaveLength(4);
      expect(after.yourScores).toHaveLength(2);

      // Resubmitting from the history edits the same scores.
      const again = await submitItem(t.db, PRINCIPALS.annotator, queue.id, items[0].id, {
        scores: [{ configId: CONFIGS.quality, value: 3 }],
      });
      expect(again.scores[0].id).toBe(submittedScoreId(items[0].id, USERS.annotator, CONFIGS.quality));
      expect(again.scores[0].numericValue).toBe(3);

      const list = await listItemsForLead(t.db, PROJECT_ID, queue.id, { page: 1, limit: 10 });
      expect(list.data[0].completedBy.map((entry) => entry.id).sort()).toEqual(
        [USERS.annotator, USERS.otherAnnotator].sort(),
      );
    });

    it("checks the answers against the queue's labels", async () => {
      const { queue, items } = await newQueue(t.db, 1);
      await claimNextItem(t.db, queue.id, USERS.annotator);
      await expect(
        submitItem(t.db, PRINCIPALS.annotator, queue.id, items[0].id, {
          scores: [{ configId: CONFIGS.tone, value: "friendly" }],
        }),
      ).rejects.toMatchObject({ status: 400, issues: [{ path: "scores.0.configId" }] });
      await expect(
        submitItem(t.db, PRINCIPALS.annotator, queue.id, items[0].id, {
          scores: [{ configId: CONFIGS.quality, value: 11 }],
        }),
      ).rejects.toMatchObject({ status: 400 });
    });

    it("offers skipped items after the rest, and resets items for everyone", async () => {
      const { queue, items } = await newQueue(t.db, 2);
      await claimNextItem(t.db, queue.id, USERS.annotator);
      await skipItem(t.db, PRINCIPALS.annotator, queue.id, items[0].id);
      expect((await claimNextItem(t.db, queue.id, USERS.annotator))?.id).toBe(items[1].id);
      await submitItem(t.db, PRINCIPALS.annotator, queue.id, items[1].id, { scores: answers });
      expect((await claimNextItem(t.db, queue.id, USERS.annotator))?.id).toBe(items[0].id);
      const reset = await resetQueueItem(t.db, PROJECT_ID, queue.id, items[1].id);
      expect(reset).toMatchObject({ status: "pending", leaseUserId: null, completedAt: null });
    });

    it("lets annotators work assigned queues, or all when assigned to none; refuses viewers and keys", async () => {
      const { queue } = await newQueue(t.db, 1);
      const { queue: elsewhere } = await newQueue(t.db, 1);
      expect((await listMyQueues(t.db, PROJECT_ID, USERS.annotator, "annotator")).map((q) => q.id)).toContain(
        queue.id,
      );
      await assignToQueue(t.db, PROJECT_ID, elsewhere.id, USERS.annotator);
      await expect(claimNextForCaller(t.db, PRINCIPALS.annotator, queue.id)).rejects.toMatchObject({
        status: 403,
      });
      expect((await claimNextForCaller(t.db, PRINCIPALS.annotator, elsewhere.id)).next).not.toBeNull();
      expect((await listMyQueues(t.db, PROJECT_ID, USERS.annotator, "annotator")).map((q) => q.id)).toEqual([
        elsewhere.id,
      ]);
      await expect(claimNextForCaller(t.db, PRINCIPALS.viewer, queue.id)).rejects.toMatchObject({
        status: 403,
      });
      await expect(claimNextForCaller(t.db, PRINCIPALS.apiKey, queue.id)).rejects.toMatchObject({
        status: 403,
      });
      expect(await listMyQueues(t.db, PROJECT_ID, USERS.viewer, "viewer")).toEqual([]);
    });

    it("refuses a range or category change on a label once scores exist", async () => {
      const label = await createLabel(t.db, PROJECT_ID, {
        name: "stars",
        dataType: "NUMERIC",
        minValue: 1,
        maxValue: 5,
      });
      expect((await updateLabel(t.db, PROJECT_ID, label.id, { maxValue: 10 })).maxValue).toBe(10);
      await t.db.insert(scores).values({
        projectId: PROJECT_ID,
        id: "score-on-stars",
        name: "stars",
        configId: label.id,
        dataType: "NUMERIC",
        numericValue: 4,
        source: "ANNOTATION",
        traceId: "t-stars",
        subjectKind: "trace",
      });
      await expect(updateLabel(t.db, PROJECT_ID, label.id, { maxValue: 3 })).rejects.toMatchObject({
        status: 409,
        issues: [{ path: "maxValue" }],
      });
      const described = await updateLabel(t.db, PROJECT_ID, label.id, {
        description: "How good",
        isArchived: true,
      });
      expect(described).toMatchObject({ description: "How good", isArchived: true, maxValue: 10 });
    });
  },
  async (db) => {
    await seedWriteFixtures(db);
    await db.insert(users).values(WORKERS.map((id) => ({ id, email: `${id}@example.com`, name: id })));
    await db
      .insert(memberships)
      .values(WORKERS.map((userId) => ({ userId, projectId: PROJECT_ID, role: "member" as const })));
  },
);
