import { and, asc, count, desc, eq, ne } from "drizzle-orm";
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
export type QueueInput = {
  name: string;
  description?: string | null;
  configIds: string[];
  annotationsPerItem?: number;
  showOtherScores?: boolean;
};
export type QueuePatch = Partial<QueueInput>;

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

function assertName(name: string): void {
  const problem = describeTextProblem(name);
  if (name.trim() === "" || problem) {
    throw badRequest("Invalid queue name", [{ path: "name", message: problem ?? "Must not be empty" }]);
  }
}

export const MAX_ANNOTATIONS_PER_ITEM = 20;

function assertAnnotationsPerItem(value: number | undefined): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < 1 || value > MAX_ANNOTATIONS_PER_ITEM) {
    throw badRequest("Invalid annotationsPerItem", [
      { path: "annotationsPerItem", message: `Must be a whole number from 1 to ${MAX_ANNOTATIONS_PER_ITEM}` },
    ]);
  }
}

async function assertNameFree(db: Database, projectId: string, name: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: annotationQueues.id })
    .from(annotationQueues)
    .where(
      and(
        inProject(projectId),
        eq(annotationQueues.name, name),
        exceptId ? ne(annotationQueues.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw conflict(`An annotation queue named "${name}" already exists in this project`);
}

export async function createQueue(db: Database, projectId: string, input: QueueInput): Promise<QueueRow> {
  assertName(input.name);
  assertAnnotationsPerItem(input.annotationsPerItem);
  const configIds = [...new Set(input.configIds)];
  await assertConfigsExist(db, projectId, configIds);
  await assertNameFree(db, projectId, input.name);
  const [row] = await db
    .insert(annotationQueues)
    .values({
      id: newId(),
      projectId,
      name: input.name,
      description: input.description ?? null,
      configIds,
      annotationsPerItem: input.annotationsPerItem ?? 1,
      showOtherScores: input.showOtherScores ?? false,
    })
    .returning();
  return row;
}

/** Changes the given fields; an item already complete stays complete when overlap is raised. */
export async function updateQueue(
  db: Database,
  projectId: string,
  id: string,
  patch: QueuePatch,
): Promise<QueueRow> {
  await getQueue(db, projectId, id);
  if (patch.name !== undefined) {
    assertName(patch.name);
    await assertNameFree(db, projectId, patch.name, id);
  }
  assertAnnotationsPerItem(patch.annotationsPerItem);
  const configIds = patch.configIds ? [...new Set(patch.configIds)] : undefined;
  if (configIds) await assertConfigsExist(db, projectId, configIds);
  const changes = Object.fromEntries(
    Object.entries({ ...patch, configIds }).filter(([, value]) => value !== undefined),
  );
  const [row] = await db
    .update(annotationQueues)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(inProject(projectId), eq(annotationQueues.id, id)))
    .returning();
  return row;
}

/** Deletes the queue and its items; its scores stay (their queue reference is cleared). */
export async function deleteQueue(db: Database, projectId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(annotationQueues)
    .where(and(inProject(projectId), eq(annotationQueues.id, id)))
    .returning({ id: annotationQueues.id });
  if (deleted.length === 0) throw notFound(`Annotation queue ${id} not found`);
}
