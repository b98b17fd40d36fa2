import { and, sql } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { scores, type ScoreRow } from "@/db/schema";
import { decodeCursor, encodeCursor, hashFilters } from "./cursor";
import { serializeListParams } from "./filter-codec";
import type { CountMode, SortOrder } from "./filters";
import { afterPosition, orderByFor, positionOf } from "./keyset";
import type { ScoreFilters, ScoreQuery } from "./score-query";
import { buildScoreWhere } from "./where";

/**
 * The engine: ScoreQuery → parameterised SQL. Lists are keyset-paginated (a page costs the
 * same at any depth); `page` mode uses OFFSET and is capped at MAX_PAGE_DEPTH rows by the schema.
 */
export type ScorePage = { rows: ScoreRow[]; nextCursor: string | null; prevCursor: string | null };
export type ScoreTotal = { total: number | null; totalIsLowerBound: boolean; totalIsEstimate: boolean };

export const COUNT_CAP = 10_000;

const reverse = (order: SortOrder): SortOrder => (order === "desc" ? "asc" : "desc");

/** What decides the rows of a list, in canonical form: the project and every filter (not paging). */
export function filterHashOf(query: Pick<ScoreQuery, "projectId" | "filters">): string {
  const { where, ...listFilters } = query.filters;
  const conditions = where ? `&where=${JSON.stringify(where)}` : "";
  return hashFilters(`${query.projectId}?${serializeListParams(listFilters).toString()}${conditions}`);
}

function prepareList(db: Database, query: ScoreQuery, now: Date) {
  const where = buildScoreWhere(query.projectId, query.filters, now);
  const filterHash = filterHashOf(query);
  const cursor = query.cursor
    ? decodeCursor(query.cursor, { sort: query.sort, order: query.order, filterHash })
    : undefined;
  const backwards = cursor?.direction === "prev";
  const order = backwards ? reverse(query.order) : query.order;
  const builder = db
    .select()
    .from(scores)
    .where(cursor ? and(where, afterPosition(query.sort, order, cursor.position)) : where)
    .orderBy(...orderByFor(query.sort, order))
    .limit(query.limit + 1)
    .offset(query.page && !cursor ? (query.page - 1) * query.limit : 0);
  return { builder, cursor, backwards, filterHash };
}

/** The exact SQL and parameters listScores runs, for the benchmark's server-overhead ratio. */
export function listScoresSql(db: Database, query: ScoreQuery, now: Date = new Date()) {
  return prepareList(db, query, now).builder.toSQL();
}

export async function listScores(
  db: Database,
  query: ScoreQuery,
  now: Date = new Date(),
): Promise<ScorePage> {
  const { builder, cursor, backwards, filterHash } = prepareList(db, query, now);
  const fetched = await builder;
  const hasMore = fetched.length > query.limit;
  const rows = fetched.slice(0, query.limit);
  if (backwards) rows.reverse();

  const make = (row: ScoreRow | undefined, direction: "next" | "prev") =>
    row
      ? encodeCursor({
          sort: query.sort,
          order: query.order,
          direction,
          position: positionOf(row, query.sort),
          filterHash,
        })
      : null;
  const hasNext = backwards ? true : hasMore;
  const hasPrev = backwards ? hasMore : Boolean(cursor) || (query.page ?? 1) > 1;
  return {
    rows,
    nextCursor: hasNext ? make(rows.at(-1), "next") : null,
    prevCursor: hasPrev ? make(rows[0], "prev") : null,
  };
}

/** Totals in the requested mode; `capped` stops counting at COUNT_CAP + 1 rows. */
export async function countScores(
  db: Database,
  projectId: string,
  filters: ScoreFilters,
  mode: CountMode,
  now: Date = new Date(),
): Promise<ScoreTotal> {
  const where = buildScoreWhere(projectId, filters, now);
  if (mode === "none") return { total: null, totalIsLowerBound: false, totalIsEstimate: false };
  if (mode === "estimate") {
    const plan = rowsOf<{ "QUERY PLAN": unknown }>(
      await db.execute(sql`explain (format json) select 1 from ${scores} where ${where}`),
    );
    const raw = plan[0]?.["QUERY PLAN"];
    const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: { "Plan Rows": number } }[];
    return {
      total: Math.round(parsed[0]?.Plan["Plan Rows"] ?? 0),
      totalIsLowerBound: false,
      totalIsEstimate: true,
    };
  }
  const limited = mode === "capped" ? sql`limit ${COUNT_CAP + 1}` : sql``;
  const result = rowsOf<{ n: number | string }>(
    await db.execute(
      sql`select count(*)::int as n from (select 1 from ${scores} where ${where} ${limited}) as matched`,
    ),
  );
  const counted = Number(result[0]?.n ?? 0);
  if (mode === "capped" && counted > COUNT_CAP) {
    return { total: COUNT_CAP, totalIsLowerBound: true, totalIsEstimate: false };
  }
  return { total: counted, totalIsLowerBound: false, totalIsEstimate: false };
}
