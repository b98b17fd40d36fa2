/** Direct database timings: one query after another on one connection, timed with performance.now(). */
import type postgres from "postgres";
import { summarize, type LatencySummary } from "./stats";

export type LoopOptions = {
  seconds: number;
  minIterations?: number;
  maxIterations?: number;
  warmup?: number;
};

/**
 * Times `work` back to back for `seconds` (at least `minIterations` times). Slow statements (the
 * first warm-up call over 250 ms) get one warm-up call and three timed calls, enough for a median.
 */
export async function timeLoop(work: () => Promise<unknown>, options: LoopOptions): Promise<LatencySummary> {
  const { seconds, maxIterations = 1_000_000, warmup = 3 } = options;
  let minIterations = options.minIterations ?? 5;
  const first = performance.now();
  await work();
  const slow = performance.now() - first > 250;
  if (slow) minIterations = Math.min(minIterations, 3);
  for (let i = 1; i < (slow ? 1 : warmup); i++) await work();
  const samples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (samples.length < maxIterations && (samples.length < minIterations || performance.now() < deadline)) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export type SqlStatement = { sql: string; params: unknown[] };

/**
 * Runs a statement the way the server's driver does: postgres.js `unsafe` with `prepare: false`
 * (drizzle's default for unnamed queries). `prepared: true` shows what a named prepared statement would save.
 */
export function runner(sql: postgres.Sql, statement: SqlStatement, prepared = false) {
  return () =>
    sql.unsafe(statement.sql, statement.params as postgres.ParameterOrJSON<never>[], { prepare: prepared });
}

/** EXPLAIN (ANALYZE, BUFFERS) text of a statement, for the results file. */
export async function explainAnalyze(sql: postgres.Sql, statement: SqlStatement): Promise<string> {
  const rows = await sql.unsafe(
    `explain (analyze, buffers) ${statement.sql}`,
    statement.params as postgres.ParameterOrJSON<never>[],
  );
  return rows.map((row) => String(row["QUERY PLAN"])).join("\n");
}
