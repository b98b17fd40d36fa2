import type { Database } from "@/db/client";
import type { ScoreRow, ScoreSource } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { assertIfMatch, parseIfMatch, type IfMatchVersions } from "@/lib/scores/etag";
import { assertMayChangeScore } from "@/lib/scores/score-access";
import type { ScoreInput } from "@/lib/scores/score-input";
import { scoreInputFromRow } from "@/lib/scores/score-input-from-row";
import { selectScoreForUpdate } from "@/lib/scores/score-lookup";
import { createScores, patchScore } from "@/lib/scores/write";
import { fieldError, inVendorTerms } from "./errors";

/**
 * Changes the value, notes or origin of an existing score. Value and notes go through the engine's
 * patch (row lock, revision). The engine's patch cannot change the origin (`source`), so a new
 * `score_source` rewrites the row through the engine's upsert by id, inside a transaction that
 * holds the row lock from the read to the write: no concurrent edit is lost in between.
 */
export type ScoreChange = { value?: unknown; comment?: string | null; source?: ScoreSource };

/** The row as a create input, so an upsert by id rewrites it unchanged except for `change`. */
function inputFromRow(row: ScoreRow, change: ScoreChange): ScoreInput {
  const stored = scoreInputFromRow(row);
  return {
    ...stored,
    value: change.value !== undefined ? change.value : stored.value,
    source: change.source ?? stored.source,
    comment: change.comment !== undefined ? change.comment : stored.comment,
  };
}

/**
 * The upsert input cannot say "no annotator" for a signed-in caller (it defaults to the caller),
 * so rewriting a score without one would make the caller its annotator. A scorer label from
 * another API is carried over by the rewrite, which then keeps the score without an annotator.
 */
function describeUnsafeRewrite(row: ScoreRow, principal: Principal): string | null {
  if (row.authorUserId === null && row.authorLabel === null && principal.kind === "user") {
    return "This score has no annotator; change its origin with an API key";
  }
  return null;
}

async function replaceSource(
  db: Database,
  principal: Principal,
  id: string,
  change: ScoreChange,
  versions: IfMatchVersions,
) {
  return db.transaction(async (tx) => {
    const locked = await selectScoreForUpdate(tx, principal.projectId, id);
    assertMayChangeScore(principal, locked, "edit");
    assertIfMatch(versions, locked);
    const refusal = describeUnsafeRewrite(locked, principal);
    if (refusal) throw fieldError([{ path: "score_source", message: refusal }]);
    const { rows } = await createScores(tx, principal, [inputFromRow(locked, change)], {
      issuePrefix: () => [],
    });
    return rows[0];
  });
}

/**
 * `current` is the row as the caller read it; permissions and `If-Match` are checked again under
 * the row lock, so of concurrent writers with one stale version, none gets through.
 */
export async function updateScore(
  db: Database,
  principal: Principal,
  current: ScoreRow,
  change: ScoreChange,
  ifMatch: string | null = null,
): Promise<ScoreRow> {
  return inVendorTerms(async () => {
    const versions = ifMatch ? parseIfMatch(ifMatch) : null;
    if (change.source !== undefined && change.source !== current.source) {
      return replaceSource(db, principal, current.id, change, versions);
    }
    if (change.value === undefined && change.comment === undefined) {
      assertMayChangeScore(principal, current, "edit");
      assertIfMatch(versions, current);
      return current;
    }
    return patchScore(db, principal, current.id, { value: change.value, comment: change.comment }, ifMatch);
  });
}
