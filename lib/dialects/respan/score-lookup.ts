import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import type { ScoreRow } from "@/db/schema";
import { notFound } from "@/lib/errors";
import type { ScoreCondition } from "@/lib/scores/conditions";
import { listScores } from "@/lib/scores/query";
import { allOf, equals, isNullOf } from "./condition-builders";
import { NOT_FOUND_DETAIL } from "./errors";

/**
 * Finding Respan's scores through the engine. One score per (log, evaluator, scorer): an
 * existing score with that key, written through any API, is the one a write updates; a new one
 * gets an id derived from the key (UUID v5), so two concurrent first writes of one key meet on
 * one row instead of making two.
 */
export type ScoreKey = { logId: string; configId: string; authorUserId: string | null };

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
    : allOf(isNullOf("authorUserId"), isNullOf("authorLabel"));
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

const NAMESPACE = Buffer.from("9b1f4e2a7c3d4b8e8f6a2d1c0e5b7a39", "hex");

/** RFC 4122 version 5 of the key: SHA-1 over a namespace and the key's parts. */
export function deriveScoreId(key: ScoreKey): string {
  const name = JSON.stringify([key.logId, key.configId, key.authorUserId]);
  const bytes = createHash("sha1").update(NAMESPACE).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
