import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueues } from "@/db/schema";
import { hasPermission } from "@/lib/auth/roles";
import type { MemberRole } from "@/db/schema/enums";
import { assignedQueueIds, worksEveryQueue } from "./access";
import { leftFor } from "./work-item";

export type MyQueue = {
  id: string;
  name: string;
  description: string | null;
  left: number;
  total: number;
  assigned: boolean;
};

/** The queues a person works in one project, with what is left for them; none for viewers. */
export async function listMyQueues(
  db: Database,
  projectId: string,
  userId: string,
  role: MemberRole,
): Promise<MyQueue[]> {
  if (!hasPermission(role, "scores:annotate")) return [];
  const [queues, assigned] = await Promise.all([
    db
      .select()
      .from(annotationQueues)
      .where(eq(annotationQueues.projectId, projectId))
      .orderBy(asc(annotationQueues.name)),
    assignedQueueIds(db, projectId, userId),
  ]);
  const every = worksEveryQueue({ role }, assigned);
  const mine = queues.filter((queue) => every || assigned.includes(queue.id));
  const figures = await Promise.all(mine.map((queue) => leftFor(db, queue.id, userId)));
  return mine.map((queue, index) => ({
    id: queue.id,
    name: queue.name,
    description: queue.description,
    ...figures[index],
    assigned: assigned.includes(queue.id),
  }));
}

/** The person's queues in each of their projects (projects without any left out). */
export async function listMyWorkEverywhere(
  db: Database,
  userId: string,
  projects: { id: string; name: string; role: MemberRole }[],
) {
  const lists = await Promise.all(
    projects.map((project) => listMyQueues(db, project.id, userId, project.role)),
  );
  return projects
    .map((project, index) => ({ project: { id: project.id, name: project.name }, queues: lists[index] }))
    .filter((entry) => entry.queues.length > 0);
}
