/**
 * P1 (list latency), P2 (server overhead) and P6 (capped totals), measured together so each
 * ratio compares figures of the same run: for every index-aligned filter, the HTTP request with
 * count=none, the same request with count=capped, the list SQL alone and the count SQL alone.
 */
import { countScores } from "@/lib/scores/query";
import type { BenchContext, GoalOutcome, TableRow } from "./goal-types";
import { measureHttp, type HttpFigures } from "./http";
import { explainAnalyze, runner, timeLoop } from "./sql-loop";
import { median, round, roundSummary, type LatencySummary } from "./stats";
import { targets } from "./targets";
import { BASE_DATE } from "./database";
import { cappedCountStatement } from "./plans";
import { listPath, listStatement, scoreQueryOf } from "./workload";

type CaseRun = {
  http?: HttpFigures;
  httpCapped?: HttpFigures;
  sql?: LatencySummary;
  sqlPrepared?: LatencySummary;
  countSql?: LatencySummary;
};

const SQL_SECONDS = 2;
const ms = (value: number) => `${round(value, 2)} ms`;

export async function measureListGoals(ctx: BenchContext): Promise<Record<"P1" | "P2" | "P6", GoalOutcome>> {
  const { workload, handle, args, selected } = ctx;
  const sql = handle.sqlClient!;
  const wantHttp = selected.has("P1") || selected.has("P2") || selected.has("P6");
  const runs: Record<string, CaseRun[]> = Object.fromEntries(workload.aligned.map((c) => [c.key, []]));

  for (let run = 1; run <= args.runs; run++) {
    for (const listCase of workload.aligned) {
      ctx.log(`P1/P2/P6 run ${run}/${args.runs}: ${listCase.label}`);
      const figures: CaseRun = {};
      const http = { connections: 1, duration: args.duration };
      if (wantHttp)
        figures.http = await measureHttp(ctx.target, { ...http, paths: [listPath(listCase.query)] });
      if (selected.has("P6")) {
        figures.httpCapped = await measureHttp(ctx.target, {
          ...http,
          paths: [listPath(listCase.query, "count=capped")],
        });
        const query = scoreQueryOf(workload.projectId, listCase.query);
        figures.countSql = await timeLoop(
          () => countScores(handle.db, query.projectId, query.filters, "capped", BASE_DATE),
          { seconds: SQL_SECONDS },
        );
      }
      if (selected.has("P2")) {
        const statement = listStatement(handle, workload.projectId, listCase.query);
        figures.sql = await timeLoop(runner(sql, statement), { seconds: SQL_SECONDS });
        figures.sqlPrepared = await timeLoop(runner(sql, statement, true), { seconds: SQL_SECONDS });
      }
      runs[listCase.key].push(figures);
    }
  }

  const plans: Record<string, string> = {};
  if (selected.has("P6")) {
    for (const listCase of workload.aligned) {
      const { projectId, filters } = scoreQueryOf(workload.projectId, listCase.query);
      plans[`count=capped ${listCase.label}`] = await explainAnalyze(
        sql,
        cappedCountStatement(projectId, filters),
      );
    }
  }
  for (const listCase of workload.aligned) {
    plans[`list ${listCase.label}`] = await explainAnalyze(
      sql,
      listStatement(handle, workload.projectId, listCase.query),
    );
  }

  const p1: TableRow[] = [];
  const p2: TableRow[] = [];
  const p6: TableRow[] = [];
  for (const listCase of workload.aligned) {
    const list = runs[listCase.key];
    const pick = (f: (r: CaseRun) => number | undefined) =>
      median(list.map(f).filter((v): v is number => v !== undefined));
    const httpP50 = pick((r) => r.http?.latency.p50);
    const httpP99 = pick((r) => r.http?.latency.p99);
    const rps = pick((r) => r.http?.requestsPerSecond);
    const failures = list.reduce((n, r) => n + (r.http ? r.http.errors + r.http.non2xx : 0), 0);
    p1.push(
      {
        goal: "P1",
        what: `list 50, ${listCase.label}: HTTP p50`,
        measured: httpP50,
        unit: "ms",
        target: targets.p1P50,
        detail: `1 connection, ${round(rps, 0)} req/s, ${failures} errors/non-2xx`,
      },
      {
        goal: "P1",
        what: `list 50, ${listCase.label}: HTTP p99`,
        measured: httpP99,
        unit: "ms",
        target: targets.p1P99,
        detail: "",
      },
    );
    if (selected.has("P2")) {
      const ratio = pick((r) => (r.http && r.sql ? r.http.latency.p50 / r.sql.p50 : undefined));
      const sqlP50 = pick((r) => r.sql?.p50);
      const preparedP50 = pick((r) => r.sqlPrepared?.p50);
      p2.push({
        goal: "P2",
        what: `HTTP p50 ÷ SQL p50, ${listCase.label}`,
        measured: ratio,
        unit: "×",
        target: targets.p2Ratio,
        detail: `HTTP ${ms(httpP50)} ÷ SQL ${ms(sqlP50)} (prepared statement: ${ms(preparedP50)})`,
      });
    }
    if (selected.has("P6")) {
      const cappedP99 = pick((r) => r.httpCapped?.latency.p99);
      const cappedP50 = pick((r) => r.httpCapped?.latency.p50);
      const deltaP50 = pick((r) =>
        r.httpCapped && r.http ? r.httpCapped.latency.p50 - r.http.latency.p50 : undefined,
      );
      const countP99 = pick((r) => r.countSql?.p99);
      p6.push({
        goal: "P6",
        what: `count=capped, ${listCase.label}: HTTP p99`,
        measured: cappedP99,
        unit: "ms",
        target: targets.p6P99,
        detail: `p50 ${ms(cappedP50)} (+${ms(deltaP50)} vs count=none); count SQL alone p99 ${ms(countP99)}`,
      });
    }
  }

  const rawRuns = Object.fromEntries(
    Object.entries(runs).map(([key, list]) => [
      key,
      list.map((r) => ({
        http: r.http && { ...r.http, latency: roundSummary(r.http.latency) },
        httpCapped: r.httpCapped && { ...r.httpCapped, latency: roundSummary(r.httpCapped.latency) },
        sql: r.sql && roundSummary(r.sql),
        sqlPrepared: r.sqlPrepared && roundSummary(r.sqlPrepared),
        countSql: r.countSql && roundSummary(r.countSql),
      })),
    ]),
  );
  const cases = workload.aligned.map((c) => ({
    ...c,
    statement: listStatement(handle, workload.projectId, c.query),
  }));
  const raw = { cases, runs: rawRuns };
  return {
    P1: { rows: p1, raw, plans },
    P2: { rows: p2, raw: { seeP1: true } },
    P6: { rows: p6, raw: { seeP1: true } },
  };
}
