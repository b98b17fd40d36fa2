import { count, desc, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { rowsOf, type Database } from "@/db/client";
import { scores } from "@/db/schema";
import { lookupNames } from "./names";
import type { ScoreFilters } from "./score-query";
import { buildScoreWhere } from "./where";

/**
 * Counts for the explorer's filter bar. Each facet ignores its own filter, so choosing
 * `source=EVAL` still shows how many API and ANNOTATION rows the other filters leave.
 */
export const facetKeys = [
  "name",
  "source",
  "dataType",
  "environment",
  "authorUserId",
  "queueId",
  "subjectKind",
] as const;
export type FacetKey = (typeof facetKeys)[number];
export type FacetBucket = { value: string; label: string; count: number };
export type Histogram = {
  min: number | null;
  max: number | null;
  count: number;
  buckets: { from: number; to: number; count: number }[];
};

const facetColumns: Record<FacetKey, PgColumn> = {
  name: scores.name,
  source: scores.source,
  dataType: scores.dataType,
  environment: scores.environment,
  authorUserId: scores.authorUserId,
  queueId: scores.queueId,
  subjectKind: scores.subjectKind,
};

export const FACET_VALUE_LIMIT = 100;
export const HISTOGRAM_BUCKETS = 20;

async function facetCounts(db: Database, projectId: string, filters: ScoreFilters, key: FacetKey, now: Date) {
  const { [key]: _own, ...others } = filters;
  const column = facetColumns[key];
  const rows = await db
    .select({ value: column, count: count() })
    .from(scores)
    .where(sql`${buildScoreWhere(projectId, others, now)} and ${column} is not null`)
    .groupBy(column)
    .orderBy(desc(count()), column)
    .limit(FACET_VALUE_LIMIT);
  return rows.map((row) => ({ value: String(row.value), count: Number(row.count) }));
}

export async function histogram(
  db: Database,
  projectId: string,
  filters: ScoreFilters,
  now: Date,
): Promise<Histogram> {
  const where = buildScoreWhere(projectId, filters, now);
  const rows = rowsOf<{
    lo: number;
    hi: number;
    n: number | string;
    bucket: number | string;
    c: number | string;
  }>(
    await db.execute(sql`
      with matched as (select ${scores.numericValue} as v from ${scores} where ${where} and ${scores.numericValue} is not null),
           bounds as (select min(v) as lo, max(v) as hi, count(*) as n from matched)
      select b.lo, b.hi, b.n,
             case when b.hi = b.lo then 0
                  else least(floor((m.v - b.lo) / (b.hi - b.lo) * ${HISTOGRAM_BUCKETS}), ${HISTOGRAM_BUCKETS - 1}) end as bucket,
             count(*) as c
      from matched m cross join bounds b
      group by b.lo, b.hi, b.n, 4 order by 4`),
  );
  if (rows.length === 0) return { min: null, max: null, count: 0, buckets: [] };
  const [lo, hi] = [Number(rows[0].lo), Number(rows[0].hi)];
  const buckets = lo === hi ? 1 : HISTOGRAM_BUCKETS;
  const width = (hi - lo) / buckets;
  const counts = new Map(rows.map((row) => [Number(row.bucket), Number(row.c)]));
  return {
    min: lo,
    max: hi,
    count: Number(rows[0].n),
    buckets: Array.from({ length: buckets }, (_, i) => ({
      from: lo + i * width,
      to: i === buckets - 1 ? hi : lo + (i + 1) * width,
      count: counts.get(i) ?? 0,
    })),
  };
}

export async function getFacets(
  db: Database,
  projectId: string,
  filters: ScoreFilters,
  now: Date = new Date(),
) {
  const [lists, numeric] = await Promise.all([
    Promise.all(facetKeys.map((key) => facetCounts(db, projectId, filters, key, now))),
    histogram(db, projectId, filters, now),
  ]);
  const byKey = Object.fromEntries(facetKeys.map((key, i) => [key, lists[i]])) as Record<
    FacetKey,
    { value: string; count: number }[]
  >;
  const names = await lookupNames(db, projectId, [
    ...byKey.authorUserId.map((b) => ({ authorUserId: b.value, queueId: null, configId: null })),
    ...byKey.queueId.map((b) => ({ authorUserId: null, queueId: b.value, configId: null })),
  ]);
  const labelled = (key: FacetKey): FacetBucket[] =>
    byKey[key].map((bucket) => ({
      ...bucket,
      label:
        (key === "authorUserId"
          ? names.users.get(bucket.value)
          : key === "queueId"
            ? names.queues.get(bucket.value)
            : undefined) ?? bucket.value,
    }));
  return {
    facets: Object.fromEntries(facetKeys.map((key) => [key, labelled(key)])) as Record<
      FacetKey,
      FacetBucket[]
    >,
    numeric,
  };
}
