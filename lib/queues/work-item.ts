import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queueItemPeople, queueItems } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors";
import { findLabelsByIds } from "@/lib/labels/labels";
import { getSubject } from "@/lib/scores/subjects";
import { assertMayWorkQueue, workerOf } from "./access";
import { claimNextItem, type ClaimOptions } from "./claim";
import { getQueueItem, type QueueItemRow } from "./items";
import { labelJson } from "./queue-detail";
import type { QueueRow } from "./queues";

/** What is left for one person: pending items they have not submitted, of all the queue's items. */
export async function leftFor(db: Database, queueId: string, userId: string) {
  const [row] = await db
    .select({
      total: count(),
      left: sql<number>`count(*) filter (where ${queueItems.status} = 'pending' and not exists (
        select 1 from ${queueItemPeople} p
        where p.queue_item_id = ${queueItems.id} and p.user_id = ${userId} and p.state = 'completed'))`,
    })
    .from(queueItems)
    .where(eq(queueItems.queueId, queueId));
  return { left: Number(row?.left ?? 0), total: Number(row?.total ?? 0) };
}

export type WorkLabel = ReturnType<typeof labelJson>;

/** The queue as the workspace needs it: settings and its labels in the queue's order. */
export async function workQueueJson(db: Database, queue: QueueRow) {
  const labels = await findLabelsByIds(db, queue.projectId, queue.configIds);
  const byId = new Map(labels.map((label) => [label.id, label]));
  return {
    id: queue.id,
    name: queue.name,
    description: queue.description,
    annotationsPerItem: queue.annotationsPerItem,
    showOtherScores: queue.showOtherScores,
    labels: queue.configIds.flatMap((id) => (byId.has(id) ? [labelJson(byId.get(id)!)] : [])),
  };
}

async function subjectOf(db: Database, projectId: string, item: QueueItemRow) {
  try {
    return await getSubject(db, projectId, item.objectType, item.objectId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      return {
        kind: item.objectType,
        id: item.objectId,
        traceId: null,
        name: null,
        input: null,
        output: null,
        metadata: {},
        timestamp: null,
        scores: [],
        scoresTruncated: false,
      };
    }
    throw error;
  }
}

/**
 * One item for a person: the item, its subject's context and scores. Blind by default: unless
 * the queue shows them or the person already submitted the item, other people's scores for the
 * queue's labels are left out (`hiddenScores` says how many).
 */
export async function workItemJson(db: Database, queue: QueueRow, item: QueueItemRow, userId: string) {
  const [subject, mine] = await Promise.all([
    subjectOf(db, queue.projectId, item),
    db
      .select({ state: queueItemPeople.state })
      .from(queueItemPeople)
      .where(and(eq(queueItemPeople.queueItemId, item.id), eq(queueItemPeople.userId, userId))),
  ]);
  const submitted = mine[0]?.state === "completed";
  const labels = new Set(queue.configIds);
  const hide = !queue.showOtherScores && !submitted;
  const visible = subject.scores.filter(
    (score) => !(hide && score.configId && labels.has(score.configId) && score.authorUserId !== userId),
  );
  const { scores, ...context } = subject;
  return {
    item: {
      id: item.id,
      queueId: item.queueId,
      objectType: item.objectType,
      objectId: item.objectId,
      status: item.status,
      assignedUserId: item.assignedUserId,
      leaseExpiresAt: item.leaseExpiresAt?.toISOString() ?? null,
      submittedByYou: submitted,
    },
    subject: { ...context, scores: visible, hiddenScores: scores.length - visible.length },
    yourScores: scores.filter((score) => score.queueItemId === item.id && score.authorUserId === userId),
  };
}

/** Claims the caller's next item and returns it ready to show, with what is left for them. */
export async function claimNextForCaller(
  db: Database,
  principal: Principal,
  queueId: string,
  options: ClaimOptions = {},
) {
  const worker = workerOf(principal);
  const queue = await assertMayWorkQueue(db, worker, queueId);
  const item = await claimNextItem(db, queueId, worker.userId, options);
  const [progress, view] = await Promise.all([
    leftFor(db, queueId, worker.userId),
    item ? workItemJson(db, queue, item, worker.userId) : null,
  ]);
  return { ...progress, next: view };
}

/** One item the caller may look at again (history): no lease is taken. */
export async function getItemForCaller(db: Database, principal: Principal, queueId: string, itemId: string) {
  const worker = workerOf(principal);
  const queue = await assertMayWorkQueue(db, worker, queueId);
  const item = await getQueueItem(db, worker.projectId, queueId, itemId);
  return workItemJson(db, queue, item, worker.userId);
}

/** The people who submitted each of `itemIds`, with when. */
export async function completersOf(db: Database, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, { userId: string; at: string }[]>();
  const rows = await db
    .select()
    .from(queueItemPeople)
    .where(and(inArray(queueItemPeople.queueItemId, itemIds), eq(queueItemPeople.state, "completed")));
  const map = new Map<string, { userId: string; at: string }[]>();
  for (const row of rows) {
    const list = map.get(row.queueItemId) ?? [];
    list.push({ userId: row.userId, at: row.updatedAt.toISOString() });
    map.set(row.queueItemId, list);
  }
  return map;
}
