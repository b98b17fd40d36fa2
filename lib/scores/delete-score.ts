import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scores, type ScoreRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { assertIfMatch, parseIfMatch } from "./etag";
import { insertRevisions } from "./revisions";
import { assertMayChangeScore } from "./score-access";
import { selectScoreForUpdate } from "./score-lookup";

/**
 * Deletes one score; its last revision holds the deleted row, so the score can be restored. 404
 * when missing; 412 when `If-Match` names another version than the locked row's.
 */
export async function deleteScore(
  db: Database,
  principal: Principal,
  id: string,
  ifMatch?: string | null,
): Promise<ScoreRow> {
  const versions = ifMatch ? parseIfMatch(ifMatch) : null;
  return db.transaction(async (tx) => {
    const current = await selectScoreForUpdate(tx, principal.projectId, id);
    assertMayChangeScore(principal, current, "delete");
    assertIfMatch(versions, current);
    await tx.delete(scores).where(and(eq(scores.projectId, principal.projectId), eq(scores.id, id)));
    await insertRevisions(tx, principal, [{ action: "delete", scoreId: id, before: current, after: null }]);
    return current;
  });
}
