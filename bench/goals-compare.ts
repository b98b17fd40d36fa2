/**
 * P16: GET /api/v1/analytics/compare in the largest project. The most popular label compared
 * with itself matches every subject it scored (the largest matched set the seed offers); the
 * EVAL-against-ANNOTATION split of the same label is the realistic judge-vs-human question.
 */
import type { BenchContext, GoalOutcome, TableRow } from "./goal-types";
import { getJson, measureHttp, type HttpFigures } from "./http";
import { median, round, roundSummary } from "./stats";
import { targets } from "./targets";

const REQUESTS = 8;

export async function measureCompare(ctx: BenchContext): Promise<GoalOutcome> {
  const name = encodeURIComponent(ctx.workload.popular.name);
  const cases = [
    {
      key: "self",
      label: "popular label with itself",
      path: `/api/v1/analytics/compare?a=${name}&b=${name}`,
    },
    {
      key: "evalVsHuman",
      label: "popular label, EVAL vs ANNOTATION",
      path: `/api/v1/analytics/compare?a=${name}&aSource=EVAL&b=${name}&bSource=ANNOTATION`,
    },
  ];
  const runs: Record<string, HttpFigures[]> = Object.fromEntries(cases.map((c) => [c.key, []]));
  const matched: Record<string, number | null> = {};
  for (const c of cases) {
    const { status, body } = await getJson(ctx.target, c.path);
    matched[c.key] = status === 200 ? ((body as { figures: { n: number } }).figures.n ?? null) : null;
    if (status !== 200)
      ctx.log(`P16: GET ${c.path} answered ${status}: ${JSON.stringify(body).slice(0, 200)}`);
  }
  for (let run = 1; run <= ctx.args.runs; run++) {
    for (const c of cases) {
      ctx.log(`P16 run ${run}/${ctx.args.runs}: compare, ${c.label}`);
      runs[c.key].push(
        await measureHttp(ctx.target, {
          paths: [c.path],
          connections: 1,
          amount: REQUESTS,
          warmupSeconds: 0,
        }),
      );
    }
  }
  const rows: TableRow[] = cases.map((c) => ({
    goal: "P16",
    what: `compare, ${c.label} (n = ${matched[c.key] ?? "?"}): HTTP p50`,
    measured: median(runs[c.key].map((r) => r.latency.p50)),
    unit: "ms",
    target: targets.p16P50,
    detail:
      `p99 ${round(median(runs[c.key].map((r) => r.latency.p99)), 1)} ms; ` +
      `${runs[c.key].reduce((n, r) => n + r.errors + r.non2xx, 0)} errors/non-2xx`,
  }));
  return {
    rows,
    raw: {
      cases,
      matched,
      runs: Object.fromEntries(
        Object.entries(runs).map(([k, l]) => [k, l.map((f) => ({ ...f, latency: roundSummary(f.latency) }))]),
      ),
    },
  };
}
