/**
 * P4 (a keyset page deep in the list costs what page 1 costs) and P12 (our cursor list against
 * the LIMIT/OFFSET + count(*) pair a Langfuse-v2-style API runs, at page 1 and page 2,000).
 */
import type { BenchContext, GoalOutcome, TableRow } from "./goal-types";
import { getJson, measureHttp, type HttpFigures } from "./http";
import { explainAnalyze, runner, timeLoop } from "./sql-loop";
import { median, round, roundSummary, type LatencySummary } from "./stats";
import { targets } from "./targets";
import { cursorAfter, listPath, listStatement, offsetPair, PAGE_SIZE } from "./workload";

const SQL_SECONDS = 2;
const ms = (value: number) => `${round(value, 2)} ms`;
const P4_DEPTH = 1_000_000;
const P12_PAGE = 2_000;

type PageRun = { http: HttpFigures; sql: LatencySummary };

async function checkedPath(ctx: BenchContext, cursor: string | null): Promise<string> {
  const path = listPath("", cursor ? `cursor=${encodeURIComponent(cursor)}` : "");
  const { status, body } = await getJson(ctx.target, path);
  const rows = (body as { data?: unknown[] }).data?.length;
  if (status !== 200 || rows !== PAGE_SIZE) {
    throw new Error(
      `GET ${path.slice(0, 80)}… answered ${status} with ${rows} rows: ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
  return path;
}

async function measurePage(ctx: BenchContext, path: string, cursor: string | null): Promise<PageRun> {
  const { workload, handle, args } = ctx;
  const http = await measureHttp(ctx.target, { paths: [path], connections: 1, duration: args.duration });
  const query = cursor ? `cursor=${encodeURIComponent(cursor)}` : "";
  const statement = listStatement(handle, workload.projectId, query);
  const sql = await timeLoop(runner(handle.sqlClient!, statement), { seconds: SQL_SECONDS });
  return { http, sql };
}

const rawPage = (run: PageRun) => ({
  http: { ...run.http, latency: roundSummary(run.http.latency) },
  sql: roundSummary(run.sql),
});

export async function measureDepth(ctx: BenchContext): Promise<GoalOutcome> {
  const { workload, handle, args } = ctx;
  // "1M rows deep" needs a project of more than 1M rows; below that, as deep as the project goes.
  const depth = Math.min(P4_DEPTH, workload.projectScores - 100);
  const cursor = await cursorAfter(handle, workload.projectId, "", depth);
  const firstPath = await checkedPath(ctx, null);
  const deepPath = await checkedPath(ctx, cursor);
  const runs: { first: PageRun; deep: PageRun }[] = [];
  for (let run = 1; run <= args.runs; run++) {
    ctx.log(`P4 run ${run}/${args.runs}: page 1 and the page after row ${depth.toLocaleString("en-US")}`);
    runs.push({
      first: await measurePage(ctx, firstPath, null),
      deep: await measurePage(ctx, deepPath, cursor),
    });
  }
  const ratio = median(runs.map((r) => r.deep.http.latency.p50 / r.first.http.latency.p50));
  const sqlRatio = median(runs.map((r) => r.deep.sql.p50 / r.first.sql.p50));
  const deepP50 = median(runs.map((r) => r.deep.http.latency.p50));
  const firstP50 = median(runs.map((r) => r.first.http.latency.p50));
  const rows: TableRow[] = [
    {
      goal: "P4",
      what: `cursor page ${depth.toLocaleString("en-US")} rows deep ÷ page 1 (HTTP p50)`,
      measured: ratio,
      unit: "×",
      target: targets.p4Ratio,
      detail: `deep ${ms(deepP50)} ÷ page 1 ${ms(firstP50)}; SQL alone ${round(sqlRatio, 2)}×`,
    },
  ];
  const plans = {
    "page 1": await explainAnalyze(handle.sqlClient!, listStatement(handle, workload.projectId, "")),
    [`cursor page after row ${depth}`]: await explainAnalyze(
      handle.sqlClient!,
      listStatement(handle, workload.projectId, `cursor=${encodeURIComponent(cursor)}`),
    ),
  };
  return {
    rows,
    raw: {
      depth,
      projectScores: workload.projectScores,
      runs: runs.map((r) => ({ first: rawPage(r.first), deep: rawPage(r.deep) })),
    },
    plans,
  };
}

type AnchorRun = { ours: PageRun; anchorList: LatencySummary; anchorPair: LatencySummary };

export async function measureAnchor(ctx: BenchContext): Promise<GoalOutcome> {
  const { workload, handle, args } = ctx;
  const sql = handle.sqlClient!;
  // Page 2,000 needs 100,000 rows; a smaller project is measured at its last full page instead.
  const deepPage = Math.min(P12_PAGE, Math.floor(workload.projectScores / PAGE_SIZE));
  const depth = (deepPage - 1) * PAGE_SIZE;
  const cursor = await cursorAfter(handle, workload.projectId, "", depth);
  const pages = [
    { page: 1, cursor: null as string | null, path: await checkedPath(ctx, null) },
    { page: deepPage, cursor, path: await checkedPath(ctx, cursor) },
  ];
  const runs: Record<number, AnchorRun[]> = { 1: [], [deepPage]: [] };
  for (let run = 1; run <= args.runs; run++) {
    for (const page of pages) {
      ctx.log(`P12 run ${run}/${args.runs}: page ${page.page.toLocaleString("en-US")}`);
      const ours = await measurePage(ctx, page.path, page.cursor);
      const pair = offsetPair(handle, workload.projectId, page.page);
      const anchorList = await timeLoop(runner(sql, pair.list), { seconds: SQL_SECONDS });
      // Sequential, as the v2 handler awaited one query after the other.
      const anchorPair = await timeLoop(
        async () => {
          await runner(sql, pair.list)();
          await runner(sql, pair.count)();
        },
        { seconds: SQL_SECONDS },
      );
      runs[page.page].push({ ours, anchorList, anchorPair });
    }
  }
  const rows: TableRow[] = pages.map(({ page }) => {
    const list = runs[page];
    const ratio = median(list.map((r) => r.anchorPair.p50 / r.ours.http.latency.p50));
    const sqlRatio = median(list.map((r) => r.anchorPair.p50 / r.ours.sql.p50));
    const anchorP50 = median(list.map((r) => r.anchorPair.p50));
    const oursP50 = median(list.map((r) => r.ours.http.latency.p50));
    return {
      goal: "P12" as const,
      what: `offset+count(*) pair ÷ our cursor list, page ${page.toLocaleString("en-US")} (p50)`,
      measured: ratio,
      unit: "×",
      target: page === deepPage ? targets.p12Ratio : null,
      detail: `anchor SQL ${ms(anchorP50)} ÷ our HTTP ${ms(oursP50)}; SQL vs SQL ${round(sqlRatio, 1)}×`,
    };
  });
  const deepPair = offsetPair(handle, workload.projectId, deepPage);
  const plans = {
    [`anchor list offset ${depth}`]: await explainAnalyze(sql, deepPair.list),
    "anchor count(*)": await explainAnalyze(sql, deepPair.count),
  };
  const raw = Object.fromEntries(
    Object.entries(runs).map(([page, list]) => [
      `page${page}`,
      list.map((r) => ({
        ours: rawPage(r.ours),
        anchorList: roundSummary(r.anchorList),
        anchorPair: roundSummary(r.anchorPair),
      })),
    ]),
  );
  return { rows, raw: { depth, statements: deepPair, ...raw }, plans };
}
