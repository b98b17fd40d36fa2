/** P7: the explorer filter bar's facets, without a filter and with a 30-day window. */
import type { BenchContext, GoalOutcome, TableRow } from "./goal-types";
import { getJson, measureHttp, type HttpFigures } from "./http";
import { median, round, roundSummary } from "./stats";
import { nameFacetStatement } from "./plans";
import { explainAnalyze } from "./sql-loop";
import { targets } from "./targets";
import { scoreQueryOf } from "./workload";

/** Slow endpoints are measured by a number of requests instead of a duration, so each run has enough samples. */
const SLOW_MS = 250;
const SLOW_REQUESTS = 8;

export async function measureFacets(ctx: BenchContext): Promise<GoalOutcome> {
  const cases = [
    { key: "all", label: "no filter", path: "/api/v1/scores/facets" },
    {
      key: "window30d",
      label: "30-day window",
      path: `/api/v1/scores/facets?fromTimestamp=${encodeURIComponent(ctx.workload.windowFrom)}`,
    },
  ];
  const runs: Record<string, HttpFigures[]> = { all: [], window30d: [] };
  const probes: Record<string, { ms: number; status: number; error?: string }> = {};
  for (const facetCase of cases) {
    const started = performance.now();
    const { status, body } = await getJson(ctx.target, facetCase.path);
    // A failure (e.g. the statement timeout) is measured like any answer and shown in the table.
    const error = status === 200 ? undefined : JSON.stringify(body).slice(0, 200);
    probes[facetCase.key] = { ms: performance.now() - started, status, error };
    if (error) ctx.log(`P7: GET ${facetCase.path} answered ${status}: ${error}`);
  }
  for (let run = 1; run <= ctx.args.runs; run++) {
    for (const facetCase of cases) {
      ctx.log(`P7 run ${run}/${ctx.args.runs}: facets, ${facetCase.label}`);
      const slow = probes[facetCase.key].ms > SLOW_MS;
      runs[facetCase.key].push(
        await measureHttp(ctx.target, {
          paths: [facetCase.path],
          connections: 1,
          ...(slow ? { amount: SLOW_REQUESTS, warmupSeconds: 0 } : { duration: ctx.args.duration }),
        }),
      );
    }
  }
  const rows: TableRow[] = cases.map((facetCase) => {
    const list = runs[facetCase.key];
    return {
      goal: "P7",
      what: `facets, ${facetCase.label}: HTTP p50`,
      measured: median(list.map((r) => r.latency.p50)),
      unit: "ms",
      target: targets.p7P50,
      detail:
        `p99 ${round(median(list.map((r) => r.latency.p99)), 1)} ms; ` +
        `${list.reduce((n, r) => n + r.errors + r.non2xx, 0)} errors/non-2xx` +
        (probes[facetCase.key].error ? ` (first answer ${probes[facetCase.key].status})` : ""),
    };
  });
  const sql = ctx.handle.sqlClient!;
  const windowFilters = scoreQueryOf(
    ctx.workload.projectId,
    `fromTimestamp=${encodeURIComponent(ctx.workload.windowFrom)}`,
  ).filters;
  const plans = {
    "name facet, no filter": await explainAnalyze(
      sql,
      nameFacetStatement(ctx.handle, ctx.workload.projectId, {}),
    ),
    "name facet, 30-day window": await explainAnalyze(
      sql,
      nameFacetStatement(ctx.handle, ctx.workload.projectId, windowFilters),
    ),
  };
  return {
    rows,
    plans,
    raw: {
      cases,
      probeMs: probes,
      runs: Object.fromEntries(
        Object.entries(runs).map(([k, l]) => [k, l.map((f) => ({ ...f, latency: roundSummary(f.latency) }))]),
      ),
    },
  };
}
