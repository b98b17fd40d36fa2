import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scoreConfigs, scores, type ScoreRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { badRequest } from "@/lib/errors";
import { assertIfMatch, parseIfMatch } from "./etag";
import { insertRevisions } from "./revisions";
import { selectScoreForUpdate } from "./score-lookup";
import { assertMayChangeScore } from "./score-access";
import type { ScorePatch } from "./score-input";
import { columnsForValue, type ValueColumns } from "./score-values";

async function resolveValueColumns(db: Database, current: ScoreRow, value: unknown): Promise<ValueColumns> {
  const [config] = current.configId
    ? await db
        .select()
        .from(scoreConfigs)
        .where(and(eq(scoreConfigs.projectId, current.projectId), eq(scoreConfigs.id, current.configId)))
        .limit(1)
    : [];
  const outcome = columnsForValue(current.dataType, value, config ?? null);
  if ("problem" in outcome) {
    throw badRequest(`Invalid body: value: ${outcome.problem}`, [
      { path: "value", message: outcome.problem },
    ]);
  }
  return outcome.columns;
}

/**
 * Changes value, comment or metadata of one score. The row is locked (`for update`) before the
 * If-Match check, so two concurrent edits serialize: the second sees the first's version and, if
 * it sent If-Match, gets 412 instead of silently overwriting it. Without If-Match the later
 * patch wins field by field, and both versions are in the revisions.
 */
export async function patchScore(
  db: Database,
  principal: Principal,
  id: string,
  patch: ScorePatch,
  ifMatch?: string | null,
): Promise<ScoreRow> {
  const versions = ifMatch ? parseIfMatch(ifMatch) : null;
  return db.transaction(async (tx) => {
    const current = await selectScoreForUpdate(tx, principal.projectId, id);
    assertMayChangeScore(principal, current, "edit");
    assertIfMatch(versions, current);
    const valueColumns = patch.value === undefined ? {} : await resolveValueColumns(tx, current, patch.value);
    const [updated] = await tx
      .update(scores)
      .set({
        ...valueColumns,
        ...(patch.comment !== undefined ? { comment: patch.comment } : {}),
        ...(patch.metadata !== undefined ? { metadata: patch.metadata } : {}),
        updatedAt: sql`greatest(now(), ${scores.updatedAt} + interval '1 millisecond')`,
      })
      .where(and(eq(scores.projectId, principal.projectId), eq(scores.id, id)))
      .returning();
    await insertRevisions(tx, principal, [
      { action: "update", scoreId: id, before: current, after: updated },
    ]);
    return updated;
  });
}
