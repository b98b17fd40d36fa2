import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scores, type ScoreRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { insertRevisions } from "./revisions";
import { assertMayChangeScore } from "./score-access";
import { selectScoreForUpdate } from "./score-lookup";

/** Deletes one score; its last revision holds the deleted row, so the score can be restored. 404 when missing. */
export async function deleteScore(db: Database, principal: Principal, id: string): Promise<ScoreRow> {
  return db.transaction(async (tx) => {
    const current = await selectScoreForUpdate(tx, principal.projectId, id);
    assertMayChangeScore(principal, current, "delete");
    await tx.delete(scores).where(and(eq(scores.projectId, principal.projectId), eq(scores.id, id)));
    await insertRevisions(tx, principal, [{ action: "delete", scoreId: id, before: current, after: null }]);
    return current;
  });
}
