import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scores, type ScoreRow } from "@/db/schema";
import { notFound } from "@/lib/errors";

const byKey = (projectId: string, id: string) => and(eq(scores.projectId, projectId), eq(scores.id, id));

export async function getScoreOrThrow(db: Database, projectId: string, id: string): Promise<ScoreRow> {
  const [row] = await db.select().from(scores).where(byKey(projectId, id)).limit(1);
  if (!row) throw notFound(`Score ${id} not found`);
  return row;
}

/** The row, locked until the transaction ends: concurrent edits of one score queue up behind it. */
export async function selectScoreForUpdate(db: Database, projectId: string, id: string): Promise<ScoreRow> {
  const [row] = await db.select().from(scores).where(byKey(projectId, id)).for("update");
  if (!row) throw notFound(`Score ${id} not found`);
  return row;
}
