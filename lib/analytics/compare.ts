import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { rangeMs } from "@/lib/scores/where";
import type { CompareRequest } from "./compare-params";
import { listComparePairs } from "./compare-pairs";
import { binSql, compareCte, compareJoinedSelect } from "./compare-sql";
import { compareTimeline } from "./compare-timeline";
import {
  binEdges,
  bucketUnitFor,
  confusionFigures,
  correlationInterval,
  SMALL_SAMPLE,
  type Interval,
} from "./compare-math";

/**
 * Every figure of a comparison of series A with series B (the reference). Numeric against
 * numeric gets correlations, errors and a binned scatter; boolean or categorical on both sides a
 * confusion matrix with agreement, kappa and per-class scores; numeric against a class the
 * distribution of the numeric side per class. All come from the same pairs (compare-sql.ts).
 */
export type SideKind = "numeric" | "categorical";
export type CompareMode = "numeric" | "categorical" | "mixed" | "empty";

type Summary = {
  a_total: number;
  b_total: number;
  n: number;
  a_numeric: boolean | null;
  b_numeric: boolean | null;
  pearson: number | null;
  mae: number | null;
  rmse: number | null;
  bias: number | null;
  a_mean: number | null;
  b_mean: number | null;
  a_min: number | null;
  a_max: number | null;
  b_min: number | null;
  b_max: number | null;
  first_ms: number | null;
  last_ms: number | null;
};

const run = async <T>(db: Database, query: SQL) => rowsOf<T>(await db.execute(query));
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

async function readSummary(db: Database, cte: SQL): Promise<Summary> {
  const [row] = await run<Record<keyof Summary, unknown>>(
    db,
    sql`${cte}
    select (select count(a_id) from joined)::int as a_total, (select count(b_id) from joined)::int as b_total,
      (select bool_and(a_dt = 'NUMERIC') from joined) as a_numeric, (select bool_and(b_dt = 'NUMERIC') from joined) as b_numeric,
      count(*)::int as n, corr(a_n, b_n)::float8 as pearson,
      avg(abs(a_n - b_n))::float8 as mae, sqrt(avg((a_n - b_n) * (a_n - b_n)))::float8 as rmse,
      avg(a_n - b_n)::float8 as bias, avg(a_n)::float8 as a_mean, avg(b_n)::float8 as b_mean,
      min(a_n)::float8 as a_min, max(a_n)::float8 as a_max, min(b_n)::float8 as b_min, max(b_n)::float8 as b_max,
      (extract(epoch from min(a_ts)) * 1000)::float8 as first_ms, (extract(epoch from max(a_ts)) * 1000)::float8 as last_ms
    from pairs`,
  );
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === "boolean" ? value : num(value);
  return out as Summary;
}

/** Spearman's rho: Pearson's r of the ranks, ties sharing their average rank. */
async function readSpearman(db: Database, cte: SQL) {
  const [row] = await run<{ rho: unknown }>(
    db,
    sql`${cte}
    select corr(ra, rb)::float8 as rho from (
      select rank() over (order by a_n) + (count(*) over (partition by a_n) - 1) / 2.0 as ra,
             rank() over (order by b_n) + (count(*) over (partition by b_n) - 1) / 2.0 as rb
      from pairs) ranked`,
  );
  return num(row?.rho);
}

async function readConfusion(db: Database, cte: SQL) {
  const rows = await run<{ a: string; b: string; count: unknown }>(
    db,
    sql`${cte} select a_v as a, b_v as b, count(*)::int as count from pairs group by a_v, b_v`,
  );
  return confusionFigures(rows.map((r) => ({ a: r.a, b: r.b, count: Number(r.count) })));
}

async function readScatter(db: Database, cte: SQL, s: Summary) {
  const aEdges = binEdges(s.a_min!, s.a_max!);
  const bEdges = binEdges(s.b_min!, s.b_max!);
  const rows = await run<{ ab: unknown; bb: unknown; count: unknown }>(
    db,
    sql`${cte} select ${binSql(sql`a_n`, aEdges)} as ab, ${binSql(sql`b_n`, bEdges)} as bb, count(*)::int as count
      from pairs group by 1, 2 order by 1, 2`,
  );
  return {
    aEdges,
    bEdges,
    cells: rows.map((r) => ({ aBin: Number(r.ab), bBin: Number(r.bb), count: Number(r.count) })),
  };
}

/** The numeric side's values binned per class of the other side. */
async function readDistribution(db: Database, cte: SQL, s: Summary, numericSide: "a" | "b") {
  const classSide = numericSide === "a" ? "b" : "a";
  const min = numericSide === "a" ? s.a_min! : s.b_min!;
  const max = numericSide === "a" ? s.a_max! : s.b_max!;
  const edges = binEdges(min, max);
  const value = sql.raw(`${numericSide}_n`);
  const group = sql.raw(`${classSide}_v`);
  const rows = await run<{ value: string; bin: unknown; count: unknown; total: unknown; mean: unknown }>(
    db,
    sql`${cte} select ${group} as value, ${binSql(value, edges)} as bin, count(*)::int as count,
      (sum(count(*)) over (partition by ${group}))::int as total,
      (sum(sum(${value})) over (partition by ${group}) / sum(count(*)) over (partition by ${group}))::float8 as mean
      from pairs group by 1, 2`,
  );
  const classes = new Map<string, { value: string; count: number; mean: number | null; bins: number[] }>();
  for (const row of rows) {
    const entry = classes.get(row.value) ?? {
      value: row.value,
      count: Number(row.total),
      mean: num(row.mean),
      bins: Array<number>(edges.length - 1).fill(0),
    };
    entry.bins[Number(row.bin)] = Number(row.count);
    classes.set(row.value, entry);
  }
  const sorted = [...classes.values()].sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  return { numericSide, classSide, edges, classes: sorted };
}

function windowSpanMs(request: CompareRequest, s: Summary, now: Date): number {
  const { range, fromTimestamp, toTimestamp } = request.window;
  if (range) return rangeMs[range];
  if (fromTimestamp) return (toTimestamp ?? now).getTime() - fromTimestamp.getTime();
  return s.first_ms === null || s.last_ms === null ? 0 : s.last_ms - s.first_ms;
}

const withInterval = (value: number | null, interval: Interval | null) => ({ value, interval });

/**
 * The figures from one scan of each series: the full join goes to a temporary table (dropped at
 * commit), and every figure query reads `joined` and `pairs` from it.
 */
export async function getCompareFigures(db: Database, projectId: string, request: CompareRequest, now: Date) {
  return db.transaction(async (tx) => {
    // One fixed name: temporary tables are private to the connection (a transaction holds its own),
    // and a fixed text keeps the statements within the prepared-statement budget.
    const table = sql.raw("compare_pairs");
    await tx.execute(
      sql`create temporary table ${table} on commit drop as ${compareJoinedSelect(projectId, request, now)}`,
    );
    const cte = sql`with joined as (select * from ${table}),
      pairs as (select * from ${table} where a_id is not null and b_id is not null)`;
    return computeFigures(tx as unknown as Database, cte, request, now);
  });
}

async function computeFigures(db: Database, cte: SQL, request: CompareRequest, now: Date) {
  const s = await readSummary(db, cte);
  const sideKind = (numeric: boolean | null): SideKind | null =>
    numeric === null ? null : numeric ? "numeric" : "categorical";
  const a = sideKind(s.a_numeric);
  const b = sideKind(s.b_numeric);
  const mode: CompareMode =
    s.n === 0 || !a || !b ? "empty" : a === b ? (a === "numeric" ? "numeric" : "categorical") : "mixed";
  const unit = bucketUnitFor(windowSpanMs(request, s, now));
  const [spearman, scatter, confusion, distribution, timeline] = await Promise.all([
    mode === "numeric" ? readSpearman(db, cte) : null,
    mode === "numeric" ? readScatter(db, cte, s) : null,
    mode === "categorical" ? readConfusion(db, cte) : null,
    mode === "mixed" ? readDistribution(db, cte, s, a === "numeric" ? "a" : "b") : null,
    s.n === 0 ? [] : compareTimeline(db, cte, mode, unit),
  ]);
  return {
    n: s.n,
    onlyA: s.a_total - s.n,
    onlyB: s.b_total - s.n,
    small: s.n < SMALL_SAMPLE,
    mode,
    a: { kind: a, total: s.a_total },
    b: { kind: b, total: s.b_total },
    numeric:
      mode === "numeric"
        ? {
            pearson: withInterval(s.pearson, correlationInterval(s.pearson, s.n)),
            spearman: withInterval(spearman, correlationInterval(spearman, s.n, 1.06)),
            meanAbsoluteError: s.mae,
            rootMeanSquaredError: s.rmse,
            meanDifference: s.bias,
            meanA: s.a_mean,
            meanB: s.b_mean,
          }
        : null,
    scatter,
    confusion,
    distribution,
    timeline: { unit, buckets: timeline },
  };
}

export type CompareFigures = Awaited<ReturnType<typeof computeFigures>>;

/** Figures and a page of pairs, as GET /api/v1/analytics/compare answers. */
export async function getComparison(
  db: Database,
  projectId: string,
  request: CompareRequest,
  now: Date = new Date(),
) {
  const [figures, pairs] = await Promise.all([
    request.include.figures ? getCompareFigures(db, projectId, request, now) : null,
    request.include.pairs
      ? listComparePairs(db, projectId, compareCte(projectId, request, now), request)
      : null,
  ]);
  return { a: request.a, b: request.b, window: request.window, figures, pairs };
}

export type Comparison = Awaited<ReturnType<typeof getComparison>>;
