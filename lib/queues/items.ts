import { and, asc, count, eq, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queueItems } from "@/db/schema";
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
