import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scoreConfigs } from "@/db/schema";
import { notFound } from "@/lib/errors";

/**
 * Reading labels (Langfuse score configs, FutureAGI annotation labels, Respan evaluators):
 * always inside one project, pages in creation order (oldest first, then id) so a page stays
 * put while labels are added; `newestFirst` reverses it (Langfuse lists newest first).
 */
export type LabelRow = typeof scoreConfigs.$inferSelect;
export type PageRequest = { page: number; limit: number; newestFirst?: boolean };
export type LabelPage = { rows: LabelRow[]; total: number };

const inProject = (projectId: string) => eq(scoreConfigs.projectId, projectId);

export async function listLabels(db: Database, projectId: string, request: PageRequest): Promise<LabelPage> {
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(scoreConfigs)
      .where(inProject(projectId))
      .orderBy(
        ...(request.newestFirst
          ? [desc(scoreConfigs.createdAt), asc(scoreConfigs.id)]
          : [asc(scoreConfigs.createdAt), asc(scoreConfigs.id)]),
      )
      .limit(request.limit)
      .offset((request.page - 1) * request.limit),
    db.select({ total: count() }).from(scoreConfigs).where(inProject(projectId)),
  ]);
  return { rows, total: Number(counted?.total ?? 0) };
}

export async function findLabel(db: Database, projectId: string, id: string): Promise<LabelRow | null> {
  const [row] = await db
    .select()
    .from(scoreConfigs)
    .where(and(inProject(projectId), eq(scoreConfigs.id, id)))
    .limit(1);
  return row ?? null;
}

export async function getLabel(db: Database, projectId: string, id: string): Promise<LabelRow> {
  const row = await findLabel(db, projectId, id);
  if (!row) throw notFound(`Score config ${id} not found`);
  return row;
}

/** Labels by name (names are unique per project); unknown names are simply absent. */
export async function findLabelsByNames(
  db: Database,
  projectId: string,
  names: string[],
): Promise<LabelRow[]> {
  if (names.length === 0) return [];
  return db
    .select()
    .from(scoreConfigs)
    .where(and(inProject(projectId), inArray(scoreConfigs.name, [...new Set(names)])));
}

/** Labels by id; ids of other projects are absent. */
export async function findLabelsByIds(db: Database, projectId: string, ids: string[]): Promise<LabelRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(scoreConfigs)
    .where(and(inProject(projectId), inArray(scoreConfigs.id, [...new Set(ids)])));
}
