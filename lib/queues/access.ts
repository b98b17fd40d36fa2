import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueueAssignments } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/roles";
import { forbidden } from "@/lib/errors";
import { getQueue, type QueueRow } from "./queues";

/**
 * Who may work a queue (claim, skip, submit): a signed-in person with `scores:annotate`. Members
 * and above work every queue; an annotator works the queues they are assigned to, or every queue
 * of the project when they are assigned to none. An API key is nobody, so it cannot hold an item.
 */
export type Worker = { userId: string; role: Principal["role"]; projectId: string };

export function workerOf(principal: Principal): Worker {
  if (!hasPermission(principal.role, "scores:annotate")) {
    throw forbidden(`Your role (${principal.role}) does not allow annotating`);
  }
  if (principal.kind !== "user") {
    throw forbidden("Working a queue needs a signed-in person; an API key cannot hold queue items");
  }
  return { userId: principal.userId, role: principal.role, projectId: principal.projectId };
}

/** The queues (ids) an annotator is assigned to in the project. */
export async function assignedQueueIds(db: Database, projectId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ queueId: annotationQueueAssignments.queueId })
    .from(annotationQueueAssignments)
    .where(
      and(eq(annotationQueueAssignments.projectId, projectId), eq(annotationQueueAssignments.userId, userId)),
    );
  return rows.map((row) => row.queueId);
}

/** Whether `worker` may work queues other than `assigned` (members and up, or annotators without assignments). */
export const worksEveryQueue = (worker: Pick<Worker, "role">, assigned: string[]): boolean =>
  hasPermission(worker.role, "scores:edit-any") || assigned.length === 0;

export async function assertMayWorkQueue(db: Database, worker: Worker, queueId: string): Promise<QueueRow> {
  const queue = await getQueue(db, worker.projectId, queueId);
  if (hasPermission(worker.role, "scores:edit-any")) return queue;
  const assigned = await assignedQueueIds(db, worker.projectId, worker.userId);
  if (!worksEveryQueue(worker, assigned) && !assigned.includes(queueId)) {
    throw forbidden("You are not assigned to this queue");
  }
  return queue;
}
