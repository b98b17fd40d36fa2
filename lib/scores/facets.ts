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

type Counted = { value: string; count: number };

/** Most frequent first; ties by value in code-point order, the same on both engines. */
const topValues = (rows: Counted[]) =>
  rows
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, FACET_VALUE_LIMIT);

/** A facet whose own filter is set: counted under the other filters, on its own. */
export async function facetCounts(
  db: Database,
  projectId: string,
  filters: ScoreFilters,
  key: FacetKey,
  now: Date,
) {
  const { [key]: _own, ...others } = filters;
  const column = facetColumns[key];
  const rows = await db
    .select({ value: column, count: count() })
    .from(scores)
    .where(sql`${buildScoreWhere(projectId, others, now)} and ${column} is not null`)
    .groupBy(column)
    .orderBy(desc(count()))
    .limit(FACET_VALUE_LIMIT * 10);
  return topValues(rows.map((row) => ({ value: String(row.value), count: Number(row.count) })));
}

/**
 * Facets whose own filter is not set all count under the same WHERE, so one scan with
 * GROUPING SETS serves them together instead of one scan each.
 */
async function sharedFacetCounts(
  db: Database,
  projectId: string,
  filters: ScoreFilters,
  keys: FacetKey[],
  now: Date,
) {
  if (keys.length === 0) return new Map<FacetKey, Counted[]>();
  const columns = keys.map((key) => facetColumns[key]);
  const rows = rowsOf<Record<string, unknown> & { n: number | string; g: number | string }>(
    await db.execute(sql`
      select ${sql.join(
        columns.map((column, i) => sql`${column}::text as ${sql.raw(`c${i}`)}`),
        sql`, `,
      )}, count(*) as n, grouping(${sql.join(columns, sql`, `)}) as g
      from ${scores} where ${buildScoreWhere(projectId, filters, now)}
      group by grouping sets (${sql.join(
        columns.map((column) => sql`(${column})`),
        sql`, `,
      )})`),
  );
  const byKey = new Map<FacetKey, Counted[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    // grouping() sets a bit for every column NOT grouped in this row; the grouped one is 0.
    const index = keys.findIndex((_, i) => ((Number(row.g) >> (keys.length - 1 - i)) & 1) === 0);
    const value = row[`c${index}`];
    if (index >= 0 && value !== null)
      byKey.get(keys[index])!.push({ value: String(value), count: Number(row.n) });
  }
  for (const [key, counted] of byKey) byKey.set(key, topValues(counted));
  return byKey;
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
                  -- halves first: hi - lo of two finite doubles may overflow, their halves never do
                  else least(floor((m.v / 2 - b.lo / 2) / (b.hi / 2 - b.lo / 2) * ${HISTOGRAM_BUCKETS}), ${HISTOGRAM_BUCKETS - 1}) end as bucket,
             count(*) as c
      from matched m cross join bounds b
      group by b.lo, b.hi, b.n, 4 order by 4`),
  );
  if (rows.length === 0) return { min: null, max: null, count: 0, buckets: [] };
  const [lo, hi] = [Number(rows[0].lo), Number(rows[0].hi)];
  const buckets = lo === hi ? 1 : HISTOGRAM_BUCKETS;
  const width = hi / buckets - lo / buckets; // not (hi - lo) / buckets: that may overflow
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
  const filtered = facetKeys.filter((key) => filters[key] !== undefined);
  const shared = facetKeys.filter((key) => filters[key] === undefined);
  const [sharedCounts, ownCounts, numeric] = await Promise.all([
    sharedFacetCounts(db, projectId, filters, shared, now),
    Promise.all(filtered.map((key) => facetCounts(db, projectId, filters, key, now))),
    histogram(db, projectId, filters, now),
  ]);
  const byKey = Object.fromEntries(
    facetKeys.map((key) => [key, sharedCounts.get(key) ?? ownCounts[filtered.indexOf(key)]]),
  ) as Record<FacetKey, Counted[]>;
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
