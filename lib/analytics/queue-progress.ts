import { and, count, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueues, queueItems, scores } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { lookupNames } from "@/lib/scores/names";

/** A queue's progress: items by status, and per annotator what was assigned, completed and scored. */
export async function getQueueProgress(db: Database, projectId: string, queueId: string) {
  const [queue] = await db
    .select({
      id: annotationQueues.id,
      name: annotationQueues.name,
      description: annotationQueues.description,
    })
    .from(annotationQueues)
    .where(and(eq(annotationQueues.projectId, projectId), eq(annotationQueues.id, queueId)));
  if (!queue) throw notFound(`No queue ${queueId} in this project`);

  const [items, scored] = await Promise.all([
    db
      .select({ userId: queueItems.assignedUserId, status: queueItems.status, count: count() })
      .from(queueItems)
      .where(eq(queueItems.queueId, queueId))
      .groupBy(queueItems.assignedUserId, queueItems.status),
    db
      .select({ userId: scores.authorUserId, count: count() })
      .from(scores)
      .where(
        sql`${scores.projectId} = ${projectId} and ${scores.queueId} = ${queueId} and ${scores.authorUserId} is not null`,
      )
      .groupBy(scores.authorUserId),
  ]);

  const people = new Map<string, { assigned: number; completed: number; scores: number }>();
  const person = (id: string) =>
    people.get(id) ?? people.set(id, { assigned: 0, completed: 0, scores: 0 }).get(id)!;
  const totals = { total: 0, pending: 0, completed: 0, unassigned: 0 };
  for (const row of items) {
    const n = Number(row.count);
    totals.total += n;
    totals[row.status] += n;
    if (!row.userId) totals.unassigned += n;
    else {
      person(row.userId).assigned += n;
      if (row.status === "completed") person(row.userId).completed += n;
    }
  }
  for (const row of scored) person(row.userId as string).scores = Number(row.count);
  const names = await lookupNames(
    db,
    projectId,
    [...people.keys()].map((id) => ({ authorUserId: id, queueId: null, configId: null })),
  );
  return {
    queue,
    items: totals,
    annotators: [...people.entries()]
      .map(([id, figures]) => ({ id, name: names.users.get(id) ?? null, ...figures }))
      .sort((a, b) => b.completed - a.completed || b.scores - a.scores || a.id.localeCompare(b.id)),
  };
}
