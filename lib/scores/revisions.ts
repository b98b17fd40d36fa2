import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scoreRevisions, type ScoreRow } from "@/db/schema";
import { actorOf, type Principal } from "@/lib/auth/principal";
import { newId } from "@/lib/ids";
import { columnListOf, columnsOf, recordsetFrom } from "./recordset";

/**
 * Score history. A revision stores whole rows (camelCase, dates as ISO strings) before and after
 * the change, so a deleted score can be restored and FutureAGI's value_history rebuilt from it.
 * Revisions are written in the transaction that makes the change, after the score's row lock is
 * held: single-row changes here, batch creates inside their upsert statement (upsert-scores.ts).
 * `created_at` is clock_timestamp(), not the transaction's start, so history follows lock order.
 */
export type ScoreRevisionRow = typeof scoreRevisions.$inferSelect;

export type RevisionChange = {
  action: "create" | "update" | "delete";
  scoreId: string;
  before: ScoreRow | null;
  after: ScoreRow | null;
};

/** Rows per statement: bounds the JSON parameter (about 1 KB a revision). */
const REVISIONS_PER_STATEMENT = 1000;

const written = columnsOf(scoreRevisions, ["createdAt"]);

export async function insertRevisions(
  db: Database,
  principal: Principal,
  changes: RevisionChange[],
): Promise<void> {
  const actor = actorOf(principal);
  const rows = changes.map((change) => ({
    id: newId(),
    projectId: principal.projectId,
    scoreId: change.scoreId,
    action: change.action,
    ...actor,
    before: change.before,
    after: change.after,
  }));
  for (let start = 0; start < rows.length; start += REVISIONS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + REVISIONS_PER_STATEMENT);
    await db.execute(sql`insert into "score_revisions" (${columnListOf(written)}, "created_at")
      select ${columnListOf(written, "r")}, clock_timestamp() from ${recordsetFrom(written, chunk)}`);
  }
}

/** Oldest first; ids are time-ordered, so they break ties within one millisecond. */
export async function listRevisions(
  db: Database,
  projectId: string,
  scoreId: string,
): Promise<ScoreRevisionRow[]> {
  return db
    .select()
    .from(scoreRevisions)
    .where(and(eq(scoreRevisions.projectId, projectId), eq(scoreRevisions.scoreId, scoreId)))
    .orderBy(asc(scoreRevisions.createdAt), asc(scoreRevisions.id));
}

export function serializeRevision(revision: ScoreRevisionRow) {
  return {
    id: revision.id,
    scoreId: revision.scoreId,
    action: revision.action,
    actorUserId: revision.actorUserId,
    actorApiKeyId: revision.actorApiKeyId,
    before: revision.before,
    after: revision.after,
    createdAt: revision.createdAt.toISOString(),
  };
}

export type RevisionJson = ReturnType<typeof serializeRevision>;
