import { and } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scores, type ScoreRow } from "@/db/schema";
import type { CursorPosition } from "./cursor";
import type { SortField, SortOrder } from "./filters";
import { afterPosition, orderByFor } from "./keyset";
import type { ScoreFilters } from "./score-query";
import { buildScoreWhere } from "./where";

/**
 * Keyset pages continued from a bare position (sort key + id) instead of the engine's signed
 * cursor. Vendor dialects whose cursor format is fixed by the vendor (Langfuse v3 encodes only
 * `{lastTimestamp, lastId}`) decode their own token into a position and page with this; the
 * order and the "strictly after" predicate are the engine's, so both kinds of cursor walk the
 * same rows in the same order.
 */
export type PositionQuery = {
  projectId: string;
  filters: ScoreFilters;
  sort: SortField;
  order: SortOrder;
  limit: number;
  /** Continue strictly after this row; absent on the first page. */
  after?: CursorPosition;
};

export type PositionPage = { rows: ScoreRow[]; hasMore: boolean };

/** One page of `limit` rows, fetched with one look-ahead row to tell whether more follow. */
export async function listScoresAfter(
  db: Database,
  query: PositionQuery,
  now: Date = new Date(),
): Promise<PositionPage> {
  const where = buildScoreWhere(query.projectId, query.filters, now);
  const fetched = await db
    .select()
    .from(scores)
    .where(query.after ? and(where, afterPosition(query.sort, query.order, query.after)) : where)
    .orderBy(...orderByFor(query.sort, query.order))
    .limit(query.limit + 1);
  return { rows: fetched.slice(0, query.limit), hasMore: fetched.length > query.limit };
}
