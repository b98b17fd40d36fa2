import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import type { CompareMode } from "./compare";
import { confusionFigures, type BucketUnit } from "./compare-math";

/**
 * Agreement per day or week, bucketed by A's timestamp (when the judged score was given), so a
 * judge drifting away from the reference shows. Buckets start at 00:00 UTC; weeks on Monday.
 */
export type TimelineBucket = {
  start: string;
  n: number;
  percentAgreement: number | null;
  kappa: number | null;
  meanAbsoluteError: number | null;
  pearson: number | null;
};

export async function compareTimeline(
  db: Database,
  cte: SQL,
  mode: CompareMode,
  unit: BucketUnit,
): Promise<TimelineBucket[]> {
  const bucket = sql`to_char(date_trunc(${unit}, a_ts at time zone 'UTC'), 'YYYY-MM-DD')`;
  const empty = { percentAgreement: null, kappa: null, meanAbsoluteError: null, pearson: null };
  if (mode === "categorical") {
    const rows = rowsOf<{ start: string; a: string; b: string; count: unknown }>(
      await db.execute(
        sql`${cte} select ${bucket} as start, a_v as a, b_v as b, count(*)::int as count from pairs group by 1, 2, 3`,
      ),
    );
    const groups = new Map<string, { a: string; b: string; count: number }[]>();
    for (const row of rows) {
      const cells = groups.get(row.start) ?? groups.set(row.start, []).get(row.start)!;
      cells.push({ a: row.a, b: row.b, count: Number(row.count) });
    }
    return [...groups.entries()]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([start, cells]) => {
        const figures = confusionFigures(cells);
        return {
          ...empty,
          start,
          n: figures.n,
          percentAgreement: figures.percentAgreement,
          kappa: figures.kappa,
        };
      });
  }
  const rows = rowsOf<{ start: string; n: unknown; mae: unknown; pearson: unknown }>(
    await db.execute(
      sql`${cte} select ${bucket} as start, count(*)::int as n,
        avg(abs(a_n - b_n))::float8 as mae, corr(a_n, b_n)::float8 as pearson
        from pairs group by 1 order by 1`,
    ),
  );
  const numeric = mode === "numeric";
  return rows.map((row) => ({
    ...empty,
    start: row.start,
    n: Number(row.n),
    meanAbsoluteError: numeric && row.mae !== null ? Number(row.mae) : null,
    pearson: numeric && row.pearson !== null ? Number(row.pearson) : null,
  }));
}
