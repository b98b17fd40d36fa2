import { and, count, eq, isNotNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queueItems, scoreConfigs, scores } from "@/db/schema";
import { listQueueAssignees } from "./assignments";
import { getQueue, type QueueRow } from "./queues";

export const queueJson = (row: QueueRow) => ({
  id: row.id,
  name: row.name,
  description: row.description,
  configIds: row.configIds,
  annotationsPerItem: row.annotationsPerItem,
  showOtherScores: row.showOtherScores,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A queue with its annotators and item counts, for its settings and items pages. */
export async function getQueueDetail(db: Database, projectId: string, id: string) {
  const queue = await getQueue(db, projectId, id);
  const [annotatorIds, counts] = await Promise.all([
    listQueueAssignees(db, projectId, id),
    db
      .select({ status: queueItems.status, n: count() })
      .from(queueItems)
      .where(eq(queueItems.queueId, id))
      .groupBy(queueItems.status),
  ]);
  const items = { total: 0, pending: 0, completed: 0 };
  for (const row of counts) {
    items[row.status] = Number(row.n);
    items.total += Number(row.n);
  }
  return { ...queueJson(queue), annotatorIds, items };
}

/** How many scores each label of the project has (labels without scores are absent). */
export async function labelScoreCounts(db: Database, projectId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ configId: scores.configId, n: count() })
    .from(scores)
    .where(and(eq(scores.projectId, projectId), isNotNull(scores.configId)))
    .groupBy(scores.configId);
  return new Map(rows.map((row) => [row.configId as string, Number(row.n)]));
}

export const labelJson = (row: typeof scoreConfigs.$inferSelect) => ({
  id: row.id,
  name: row.name,
  dataType: row.dataType,
  widget: row.widget,
  minValue: row.minValue,
  maxValue: row.maxValue,
  step: row.step,
  categories: row.categories,
  description: row.description,
  isArchived: row.isArchived,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
