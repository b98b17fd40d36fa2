import type { Database } from "@/db/client";
import type { ScoreDataType, ScoreSource } from "@/db/schema";
import { listScoresAfter } from "@/lib/scores/position";
import type { ScoreFilters } from "@/lib/scores/score-query";
import { formatScoreV3 } from "./format-v3";
import { encodeV3Cursor, positionOfV3Cursor } from "./v3-cursor";
import type { V3Query } from "./v3-query";
import { representableScores } from "./visible-scores";

/**
 * GET /api/public/v3/scores on the engine: the parsed query becomes canonical filters, one
 * keyset page in `(timestamp desc, id desc)` order with one look-ahead row, and `meta.cursor`
 * only when that row exists. Nothing is counted.
 */
const present = <T>(list: T[] | undefined): T[] | undefined => (list && list.length > 0 ? list : undefined);

export function filtersOfV3(query: V3Query): ScoreFilters {
  return {
    id: present(query.id),
    name: present(query.name),
    source: present(query.source) as ScoreSource[] | undefined,
    dataType: present(query.dataType) as ScoreDataType[] | undefined,
    environment: present(query.environment),
    configId: present(query.configId),
    queueId: present(query.queueId),
    authorUserId: present(query.authorUserId),
    traceId: present(query.traceId),
    sessionId: present(query.sessionId),
    observationId: present(query.observationId),
    experimentId: present(query.experimentId),
    value: present(query.value),
    valueMin: query.valueMin,
    valueMax: query.valueMax,
    fromTimestamp: query.fromTimestamp,
    toTimestamp: query.toTimestamp,
    where: representableScores(),
  };
}

export async function listScoresV3(db: Database, projectId: string, query: V3Query, now = new Date()) {
  const page = await listScoresAfter(
    db,
    {
      projectId,
      filters: filtersOfV3(query),
      sort: "timestamp",
      order: "desc",
      limit: query.limit,
      after: query.cursor ? positionOfV3Cursor(query.cursor) : undefined,
    },
    now,
  );
  const groups = new Set(query.fields);
  const last = page.rows.at(-1);
  return {
    data: page.rows.map((row) => formatScoreV3(row, groups)),
    meta: { limit: query.limit, ...(page.hasMore && last ? { cursor: encodeV3Cursor(last) } : {}) },
  };
}
