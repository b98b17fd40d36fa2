import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueues } from "@/db/schema";
import { badRequest, conflict, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { findLabelsByIds, type PageRequest } from "@/lib/labels/labels";
import { describeTextProblem } from "@/lib/scores/json-value";

/**
 * Annotation queues: a named list of objects to review with the labels to apply. Names are
 * unique per project; every label a queue names must exist in the same project.
 */
export type QueueRow = typeof annotationQueues.$inferSelect;
export type QueueInput = { name: string; description?: string | null; configIds: string[] };

const inProject = (projectId: string) => eq(annotationQueues.projectId, projectId);

export async function listQueuePage(db: Database, projectId: string, request: PageRequest) {
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(annotationQueues)
      .where(inProject(projectId))
      .orderBy(
        ...(request.newestFirst
          ? [desc(annotationQueues.createdAt), desc(annotationQueues.id)]
          : [asc(annotationQueues.createdAt), asc(annotationQueues.id)]),
      )
      .limit(request.limit)
      .offset((request.page - 1) * request.limit),
    db.select({ total: count() }).from(annotationQueues).where(inProject(projectId)),
  ]);
  return { rows, total: Number(counted?.total ?? 0) };
}

export async function getQueue(db: Database, projectId: string, id: string): Promise<QueueRow> {
  const [row] = await db
    .select()
    .from(annotationQueues)
    .where(and(inProject(projectId), eq(annotationQueues.id, id)))
    .limit(1);
  if (!row) throw notFound(`Annotation queue ${id} not found`);
  return row;
}

async function assertConfigsExist(db: Database, projectId: string, configIds: string[]): Promise<void> {
  const found = new Set((await findLabelsByIds(db, projectId, configIds)).map((label) => label.id));
  const issues = configIds.flatMap((id, index) =>
    found.has(id)
      ? []
      : [{ path: `scoreConfigIds.${index}`, message: `Score config ${id} not found in this project` }],
  );
  if (issues.length > 0) throw badRequest(`Invalid queue: ${issues[0].message}`, issues);
}

export async function createQueue(db: Database, projectId: string, input: QueueInput): Promise<QueueRow> {
  const problem = describeTextProblem(input.name);
  if (input.name.trim() === "" || problem) {
    throw badRequest("Invalid queue name", [{ path: "name", message: problem ?? "Must not be empty" }]);
  }
  const configIds = [...new Set(input.configIds)];
  await assertConfigsExist(db, projectId, configIds);
  const [taken] = await db
    .select({ id: annotationQueues.id })
    .from(annotationQueues)
    .where(and(inProject(projectId), eq(annotationQueues.name, input.name)))
    .limit(1);
  if (taken) throw conflict(`An annotation queue named "${input.name}" already exists in this project`);
  const [row] = await db
    .insert(annotationQueues)
    .values({ id: newId(), projectId, name: input.name, description: input.description ?? null, configIds })
    .returning();
  return row;
}
