/**
 * Statements the engine builds inside functions that do not expose their SQL, rebuilt here with
 * the same drizzle calls for EXPLAIN only (the timings always go through the engine itself).
 * If lib/scores/query.ts or facets.ts change their SQL, change these too.
 */
import { count, desc, sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { DatabaseHandle } from "@/db/client";
import { scores } from "@/db/schema";
import { COUNT_CAP } from "@/lib/scores/query";
import type { ScoreFilters } from "@/lib/scores/score-query";
import { buildScoreWhere } from "@/lib/scores/where";
import { BASE_DATE } from "./database";
import type { SqlStatement } from "./sql-loop";

const dialect = new PgDialect();
const toStatement = (query: SQL): SqlStatement => {
  const built = dialect.sqlToQuery(query);
  return { sql: built.sql, params: built.params };
};

/** countScores(…, "capped"). */
export function cappedCountStatement(projectId: string, filters: ScoreFilters): SqlStatement {
  const where = buildScoreWhere(projectId, filters, BASE_DATE);
  return toStatement(
    sql`select count(*)::int as n from (select 1 from ${scores} where ${where} limit ${COUNT_CAP + 1}) as matched`,
  );
}

/** One facet of getFacets (the `name` facet: the largest group-by). */
export function nameFacetStatement(
  handle: DatabaseHandle,
  projectId: string,
  filters: ScoreFilters,
): SqlStatement {
  const built = handle.db
    .select({ value: scores.name, count: count() })
    .from(scores)
    .where(sql`${buildScoreWhere(projectId, filters, BASE_DATE)} and ${scores.name} is not null`)
    .groupBy(scores.name)
    .orderBy(desc(count()), scores.name)
    .limit(100)
    .toSQL();
  return { sql: built.sql, params: built.params };
}
