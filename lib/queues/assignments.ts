import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueueAssignments, memberships } from "@/db/schema";
import { badRequest } from "@/lib/errors";
import { getQueue } from "./queues";

/** Who works a queue. Only members of the queue's project can be assigned; assigning twice is a no-op. */
export async function assignToQueue(db: Database, projectId: string, queueId: string, userId: string) {
  await getQueue(db, projectId, queueId);
  const [member] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
  if (!member) {
    throw badRequest(`User ${userId} is not a member of this project`, [
      { path: "userId", message: "Not a member of this project" },
    ]);
  }
  await db.insert(annotationQueueAssignments).values({ queueId, userId, projectId }).onConflictDoNothing();
  return { userId, queueId, projectId };
}

export async function unassignFromQueue(db: Database, projectId: string, queueId: string, userId: string) {
  await getQueue(db, projectId, queueId);
  await db
    .delete(annotationQueueAssignments)
    .where(
      and(eq(annotationQueueAssignments.queueId, queueId), eq(annotationQueueAssignments.userId, userId)),
    );
  return { success: true };
}

export async function listQueueAssignees(
  db: Database,
  projectId: string,
  queueId: string,
): Promise<string[]> {
  const rows = await db
    .select({ userId: annotationQueueAssignments.userId })
    .from(annotationQueueAssignments)
    .where(
      and(
        eq(annotationQueueAssignments.projectId, projectId),
        eq(annotationQueueAssignments.queueId, queueId),
      ),
    );
  return rows.map((row) => row.userId).sort();
}

/** Makes `userIds` the queue's annotators: each must be a member of the project. */
export async function setQueueAssignees(db: Database, projectId: string, queueId: string, userIds: string[]) {
  await getQueue(db, projectId, queueId);
  const wanted = [...new Set(userIds)];
  const members =
    wanted.length === 0
      ? []
      : await db
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.projectId, projectId), inArray(memberships.userId, wanted)));
  const known = new Set(members.map((member) => member.userId));
  const issues = wanted.flatMap((id, index) =>
    known.has(id)
      ? []
      : [{ path: `annotatorIds.${index}`, message: `User ${id} is not a member of this project` }],
  );
  if (issues.length > 0) throw badRequest(`Invalid annotators: ${issues[0].message}`, issues);
  await db.transaction(async (tx) => {
    await tx.delete(annotationQueueAssignments).where(eq(annotationQueueAssignments.queueId, queueId));
    if (wanted.length > 0) {
      await tx
        .insert(annotationQueueAssignments)
        .values(wanted.map((userId) => ({ queueId, userId, projectId })));
    }
  });
}
