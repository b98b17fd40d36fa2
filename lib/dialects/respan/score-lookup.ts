import type { Database } from "@/db/client";
import type { ScoreRow } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { keyedId } from "@/lib/ids";
import type { ScoreCondition } from "@/lib/scores/conditions";
import { listScores } from "@/lib/scores/query";
import { allOf, equals, isNullOf } from "./condition-builders";
import { NOT_FOUND_DETAIL } from "./errors";
import type { ScoreAuthor } from "./evaluators";

/**
 * Finding Respan's scores through the engine. One score per (log, evaluator, scorer): an
 * existing score with that key, written through any API, is the one a write updates; a new one
 * gets an id derived from the key (lib/ids.ts keyedId), so two concurrent first writes of one key
 * meet on one row instead of making two.
 */
export type ScoreKey = { logId: string; configId: string } & ScoreAuthor;

async function firstRow(db: Database, projectId: string, where: ScoreCondition, id?: string) {
  const page = await listScores(db, {
    projectId,
    filters: { ...(id === undefined ? {} : { id: [id] }), where },
    sort: "timestamp",
    order: "desc",
    limit: 1,
    count: "none",
  });
  return page.rows[0];
}

export async function findScoreByKey(
  db: Database,
  projectId: string,
  key: ScoreKey,
): Promise<ScoreRow | undefined> {
  const author = key.authorUserId
    ? equals("authorUserId", key.authorUserId)
    : allOf(
        isNullOf("authorUserId"),
        key.authorLabel ? equals("authorLabel", key.authorLabel) : isNullOf("authorLabel"),
      );
  return firstRow(
    db,
    projectId,
    allOf(equals("observationId", key.logId), equals("configId", key.configId), author),
  );
}

/** The score with this id (on this log, for log-scoped routes); 404 otherwise. */
export async function getRespanScore(
  db: Database,
  projectId: string,
  id: string,
  logId?: string,
): Promise<ScoreRow> {
  const where = logId === undefined ? allOf() : equals("observationId", logId);
  const row = await firstRow(db, projectId, where, id);
  if (!row) throw notFound(NOT_FOUND_DETAIL);
  return row;
}

const NAMESPACE = "9b1f4e2a-7c3d-4b8e-8f6a-2d1c0e5b7a39";

/** The key's id. A label takes a fourth part, so ids of keys without one stay what they were. */
export function deriveScoreId(key: ScoreKey): string {
  const parts = [key.logId, key.configId, key.authorUserId];
  return keyedId(NAMESPACE, key.authorLabel ? [...parts, key.authorLabel] : parts);
}
