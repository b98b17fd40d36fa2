import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scoreConfigs, scores } from "@/db/schema";
import { histogram } from "@/lib/scores/facets";
import { lookupNames } from "@/lib/scores/names";
import type { ScoreFilters } from "@/lib/scores/score-query";
import { buildScoreWhere } from "@/lib/scores/where";

export const TREND_DAYS = 180;
export const TOP_VALUES = 20;
export const PERCENTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/**
 * One label at a glance, under the same filters as the explorer: how its values are
 * distributed, how it moves per day, and how each annotator uses it.
 */
export async function getLabelStats(
  db: Database,
  projectId: string,
  name: string,
  filters: ScoreFilters,
  now: Date = new Date(),
) {
  // `now` only resolves a relative `range` filter. Without a time filter the trend shows the
  // label's latest TREND_DAYS of data (older data still shows a trend); with one, that window.
  const windowed = Boolean(filters.range || filters.fromTimestamp || filters.toTimestamp);
  const scoped = { ...filters, name: [name] };
  const where = buildScoreWhere(projectId, scoped, now);
  // Means in numeric: a float8 sum of values stored before the write-time bound may overflow.
  const mean = sql<string | null>`avg(${scores.numericValue}::numeric)::float8`;
  const day = sql<string>`to_char(date_trunc('day', ${scores.timestamp} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const [config, values, numeric, trend, annotators, totals, spread] = await Promise.all([
    db
      .select()
      .from(scoreConfigs)
      .where(and(eq(scoreConfigs.projectId, projectId), eq(scoreConfigs.name, name)))
      .limit(1),
    db
      .select({ value: scores.stringValue, count: count() })
      .from(scores)
      .where(
        sql`${where} and ${scores.stringValue} is not null and ${scores.dataType} in ('BOOLEAN', 'CATEGORICAL')`,
      )
      .groupBy(scores.stringValue)
      .orderBy(desc(count()), scores.stringValue)
      .limit(TOP_VALUES),
    histogram(db, projectId, scoped, now),
    db
      .select({ day, count: count(), mean })
      .from(scores)
      // The window ends at the label's newest score, so older data still shows a trend.
      .where(
        windowed
          ? where
          : sql`${where} and ${scores.timestamp} >= (select max(s.timestamp) from ${scores} s where s.project_id = ${projectId} and s.name = ${name}) - make_interval(days => ${TREND_DAYS})`,
      )
      .groupBy(day)
      .orderBy(day),
    db
      .select({ userId: scores.authorUserId, count: count(), mean })
      .from(scores)
      .where(sql`${where} and ${scores.authorUserId} is not null`)
      .groupBy(scores.authorUserId)
      .orderBy(desc(count()), scores.authorUserId),
    db.select({ count: count() }).from(scores).where(where),
    db
      .select({
        // In numeric, and the percentiles on halves: float8 sums, squares and interpolations of
        // values stored before the write-time bound (±1e15) may overflow.
        mean: sql<number | null>`avg(${scores.numericValue}::numeric)::float8`,
        stddev: sql<number | null>`stddev_samp(${scores.numericValue}::numeric)::float8`,
        percentiles: sql<
          number[] | null
        >`percentile_cont(${sql.param([...PERCENTILES])}::float8[]) within group (order by ${scores.numericValue} / 2)`,
      })
      .from(scores)
      .where(sql`${where} and ${scores.dataType} = 'NUMERIC' and ${scores.numericValue} is not null`),
  ]);
  const names = await lookupNames(
    db,
    projectId,
    annotators.map((a) => ({ authorUserId: a.userId, queueId: null, configId: null })),
  );
  const toNumber = (value: string | null) => (value === null ? null : Number(value));
  return {
    name,
    config: config[0] ?? null,
    total: Number(totals[0]?.count ?? 0),
    values: values.map((v) => ({ value: v.value as string, count: Number(v.count) })),
    numeric,
    spread: spreadOf(spread[0]),
    trendWindow: windowed ? ("filters" as const) : ("latest-180-days" as const),
    trend: trend.map((t) => ({ day: t.day, count: Number(t.count), mean: toNumber(t.mean) })),
    annotators: annotators.map((a) => ({
      id: a.userId as string,
      name: names.users.get(a.userId as string) ?? null,
      count: Number(a.count),
      mean: toNumber(a.mean),
    })),
  };
}

/** Mean, sample standard deviation (n − 1) and interpolated percentiles of the numeric values. */
function spreadOf(row: { mean: unknown; stddev: unknown; percentiles: unknown } | undefined) {
  const toNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  const raw = row?.percentiles;
  const list = Array.isArray(raw)
    ? raw
    : typeof raw === "string"
      ? raw.replace(/[{}]/g, "").split(",").filter(Boolean)
      : [];
  return {
    mean: toNumber(row?.mean),
    stddev: toNumber(row?.stddev),
    // Interpolated on halves in SQL (see above); doubling a double is exact.
    percentiles: list.length ? PERCENTILES.map((p, i) => ({ p, value: Number(list[i]) * 2 })) : [],
  };
}
