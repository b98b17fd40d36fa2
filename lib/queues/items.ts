import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueues, queueItemPeople, queueItems } from "@/db/schema";
import type { queueItemStatuses, queueObjectTypes } from "@/db/schema/enums";
import { notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { PageRequest } from "@/lib/labels/labels";
import { getQueue } from "./queues";

/**
 * The objects of an annotation queue. Items have no project column: every function first finds
 * the queue inside the caller's project, so an item id from another project is never reachable.
 * `completedAt` is the last time an item was completed; reopening it keeps that time (as
 * Langfuse does), so a reopened item still shows when it was last done.
 */
export type QueueItemRow = typeof queueItems.$inferSelect;
export type QueueItemStatus = (typeof queueItemStatuses)[number];
export type QueueObjectType = (typeof queueObjectTypes)[number];

export type QueueItemInput = { objectId: string; objectType: QueueObjectType; status?: QueueItemStatus };

const itemKey = (queueId: string, itemId: string) =>
  and(eq(queueItems.queueId, queueId), eq(queueItems.id, itemId));

export async function listQueueItems(
  db: Database,
  projectId: string,
  queueId: string,
  request: PageRequest & { status?: QueueItemStatus },
) {
  await getQueue(db, projectId, queueId);
  const where: SQL | undefined = and(
    eq(queueItems.queueId, queueId),
    request.status ? eq(queueItems.status, request.status) : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(queueItems)
      .where(where)
      .orderBy(asc(queueItems.createdAt), asc(queueItems.id))
      .limit(request.limit)
      .offset((request.page - 1) * request.limit),
    db.select({ total: count() }).from(queueItems).where(where),
  ]);
  return { rows, total: Number(counted?.total ?? 0) };
}

export async function getQueueItem(db: Database, projectId: string, queueId: string, itemId: string) {
  await getQueue(db, projectId, queueId);
  const [row] = await db.select().from(queueItems).where(itemKey(queueId, itemId)).limit(1);
  if (!row) throw notFound(`Annotation queue item ${itemId} not found`);
  return row;
}

export async function createQueueItem(
  db: Database,
  projectId: string,
  queueId: string,
  input: QueueItemInput,
) {
  await getQueue(db, projectId, queueId);
  const status = input.status ?? "pending";
  // One clock reading: an item created as completed was completed at the moment it was created.
  const now = new Date();
  const [row] = await db
    .insert(queueItems)
    .values({
      id: newId(),
      queueId,
      objectId: input.objectId,
      objectType: input.objectType,
      status,
      createdAt: now,
      updatedAt: now,
      completedAt: status === "completed" ? now : null,
    })
    .returning();
  return row;
}

export async function updateQueueItemStatus(
  db: Database,
  projectId: string,
  queueId: string,
  itemId: string,
  status: QueueItemStatus,
) {
  const current = await getQueueItem(db, projectId, queueId, itemId);
  const now = new Date();
  const completedAt = status === "completed" ? now : current.completedAt;
  const [row] = await db
    .update(queueItems)
    .set({ status, completedAt, updatedAt: now })
    .where(itemKey(queueId, itemId))
    .returning();
  if (!row) throw notFound(`Annotation queue item ${itemId} not found`);
  return row;
}

export async function deleteQueueItem(db: Database, projectId: string, queueId: string, itemId: string) {
  await getQueue(db, projectId, queueId);
  const deleted = await db
    .delete(queueItems)
    .where(itemKey(queueId, itemId))
    .returning({ id: queueItems.id });
  if (deleted.length === 0) throw notFound(`Annotation queue item ${itemId} not found`);
}

export const MAX_ITEMS_PER_ADD = 1000;

/**
 * Adds subjects to a queue, each at most once: a subject already in the queue is not added again
 * (in the request or before it). Returns how many were added and how many were already there.
 */
export async function addQueueItems(
  db: Database,
  projectId: string,
  queueId: string,
  inputs: { objectId: string; objectType: QueueObjectType; assignedUserId?: string | null }[],
) {
  await getQueue(db, projectId, queueId);
  const unique = new Map(inputs.map((input) => [`${input.objectType}\u0000${input.objectId}`, input]));
  return db.transaction(async (tx) => {
    // One queue's additions at a time, so two concurrent adds of one subject cannot both insert it.
    await tx.execute(
      sql`select 1 from ${annotationQueues} where ${annotationQueues.id} = ${queueId} for update`,
    );
    const existing = new Set<string>();
    const list = [...unique.values()];
    for (let start = 0; start < list.length; start += 500) {
      const chunk = list.slice(start, start + 500);
      const rows = await tx
        .select({ objectType: queueItems.objectType, objectId: queueItems.objectId })
        .from(queueItems)
        .where(
          and(
            eq(queueItems.queueId, queueId),
            inArray(
              queueItems.objectId,
              chunk.map((input) => input.objectId),
            ),
          ),
        );
      rows.forEach((row) => existing.add(`${row.objectType}\u0000${row.objectId}`));
    }
    const fresh = list.filter((input) => !existing.has(`${input.objectType}\u0000${input.objectId}`));
    const now = new Date();
    // Items of one request share a clock reading; sorted ids keep them in the order given.
    const ids = fresh.map(() => newId()).sort();
    const rows =
      fresh.length === 0
        ? []
        : await tx
            .insert(queueItems)
            .values(
              fresh.map((input, index) => ({
                id: ids[index],
                queueId,
                objectId: input.objectId,
                objectType: input.objectType,
                assignedUserId: input.assignedUserId ?? null,
                createdAt: now,
                updatedAt: now,
              })),
            )
            .returning();
    return { added: rows.length, alreadyInQueue: inputs.length - rows.length, items: rows };
  });
}

/** Back to pending for everyone: submissions, skips and the lease are cleared; scores stay. */
export async function resetQueueItem(db: Database, projectId: string, queueId: string, itemId: string) {
  await getQueueItem(db, projectId, queueId, itemId);
  return db.transaction(async (tx) => {
    await tx.delete(queueItemPeople).where(eq(queueItemPeople.queueItemId, itemId));
    const [row] = await tx
      .update(queueItems)
      .set({
        status: "pending",
        completedAt: null,
        leaseUserId: null,
        leaseExpiresAt: null,
        updatedAt: new Date(),
      })
      .where(itemKey(queueId, itemId))
      .returning();
    return row;
  });
}
