import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scoreConfigs, scores } from "@/db/schema";
import { histogram } from "@/lib/scores/facets";
import { lookupNames } from "@/lib/scores/names";
import type { ScoreFilters } from "@/lib/scores/score-query";
import { buildScoreWhere } from "@/lib/scores/where";

export const TREND_DAYS = 180;
export const TOP_VALUES = 20;

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
  // `now` only resolves a relative `range` filter; the trend window follows the data.
  const scoped = { ...filters, name: [name] };
  const where = buildScoreWhere(projectId, scoped, now);
  // Means in numeric: a float8 sum of values stored before the write-time bound may overflow.
  const mean = sql<string | null>`avg(${scores.numericValue}::numeric)::float8`;
  const day = sql<string>`to_char(date_trunc('day', ${scores.timestamp} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const [config, values, numeric, trend, annotators, totals] = await Promise.all([
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
        sql`${where} and ${scores.timestamp} >= (select max(s.timestamp) from ${scores} s where s.project_id = ${projectId} and s.name = ${name}) - make_interval(days => ${TREND_DAYS})`,
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
    trend: trend.map((t) => ({ day: t.day, count: Number(t.count), mean: toNumber(t.mean) })),
    annotators: annotators.map((a) => ({
      id: a.userId as string,
      name: names.users.get(a.userId as string) ?? null,
      count: Number(a.count),
      mean: toNumber(a.mean),
    })),
  };
}
