import { count, desc, eq, max, and, sql, isNotNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scores } from "@/db/schema";

export const ACTIVITY_DAYS = 30;

/**
 * An annotator's work: scores per label (with the latest time they used it) and scores per day
 * over the last ACTIVITY_DAYS days of their activity, ending at their newest score, so someone
 * who paused still shows what they did.
 */
export async function getAnnotatorActivity(db: Database, projectId: string, userId: string) {
  const own = and(
    eq(scores.projectId, projectId),
    eq(scores.authorUserId, userId),
    isNotNull(scores.authorUserId),
  );
  const day = sql<string>`to_char(date_trunc('day', ${scores.timestamp} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const [labels, days] = await Promise.all([
    db
      .select({
        name: scores.name,
        count: count(),
        last: sql<string>`to_char(${max(scores.timestamp)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      })
      .from(scores)
      .where(own)
      .groupBy(scores.name)
      .orderBy(desc(count()), scores.name),
    db
      .select({ day, count: count() })
      .from(scores)
      .where(
        sql`${own} and ${scores.timestamp} >= (select max(s.timestamp) from ${scores} s where s.project_id = ${projectId} and s.author_user_id = ${userId}) - make_interval(days => ${ACTIVITY_DAYS})`,
      )
      .groupBy(day)
      .orderBy(day),
  ]);
  return {
    labels: labels.map((l) => ({ name: l.name, count: Number(l.count), last: l.last })),
    days: days.map((d) => ({ day: d.day, count: Number(d.count) })),
  };
}
