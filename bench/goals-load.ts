/** P3 (list throughput under concurrency) and P8 (bulk ingest through POST /api/v1/scores). */
import {
  deleteIngested,
  INGEST_ID_PREFIX,
  INGEST_PROJECT_ID,
  setIngestMarker,
  vacuumScores,
} from "./database";
import type { BenchContext, GoalOutcome, TableRow } from "./goal-types";
import { cpuPerRequest, cpuSnapshot, type CpuPerRequest, type CpuSnapshot } from "./cpu";
import { getJson, measureHttp, type HttpFigures, type HttpTarget } from "./http";
import { median, round, roundSummary } from "./stats";
import { targets } from "./targets";
import { listPath } from "./workload";

const P3_CONNECTIONS = 32;
const P3_SECONDS = 10;
const ms = (value: number) => `${round(value, 2)} ms`;
const rawHttp = (f: HttpFigures) => ({ ...f, latency: roundSummary(f.latency) });

type WithCpu = HttpFigures & { cpuMsPerRequest: CpuPerRequest };

/** "CPU per request: server 3.1 ms, PostgreSQL 0.7 ms", medians over the runs. */
function cpuText(list: WithCpu[]): string {
  const known = list.flatMap((r) => (r.cpuMsPerRequest ? [r.cpuMsPerRequest] : []));
  if (known.length === 0) return "CPU per request unknown";
  const server = median(known.map((c) => c.server));
  const postgres = median(known.map((c) => c.postgres));
  return `CPU per request: server ${ms(server)}, PostgreSQL ${ms(postgres)}`;
}

/** P3, and for context the same load on /api/health: what the framework alone serves on this machine. */
export async function measureThroughput(ctx: BenchContext): Promise<GoalOutcome> {
  const paths = ctx.workload.aligned.map((c) => listPath(c.query));
  const runs: { list: WithCpu; health: WithCpu }[] = [];
  for (let run = 1; run <= ctx.args.runs; run++) {
    ctx.log(
      `P3 run ${run}/${ctx.args.runs}: ${P3_CONNECTIONS} connections for ${P3_SECONDS} s, then /api/health`,
    );
    const load = { connections: P3_CONNECTIONS, warmupSeconds: 2 };
    const measure = async (paths: string[], duration: number) => {
      let before: CpuSnapshot = null;
      const figures = await measureHttp(ctx.target, {
        ...load,
        paths,
        duration,
        onStart: () => (before = cpuSnapshot(ctx.serverGroup)),
      });
      return {
        ...figures,
        cpuMsPerRequest: cpuPerRequest(before, cpuSnapshot(ctx.serverGroup), figures.requests),
      };
    };
    runs.push({
      list: await measure(paths, P3_SECONDS),
      health: await measure(["/api/health"], ctx.args.duration),
    });
  }
  const lists = runs.map((r) => r.list);
  const failures = lists.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  return {
    rows: [
      {
        goal: "P3",
        what: `list 50 (P1's 4 filters in turn), ${P3_CONNECTIONS} connections, ${P3_SECONDS} s`,
        measured: median(lists.map((r) => r.requestsPerSecond)),
        unit: "req/s",
        target: targets.p3Rps,
        detail:
          `p50 ${ms(median(lists.map((r) => r.latency.p50)))}, p99 ${ms(median(lists.map((r) => r.latency.p99)))}; ` +
          cpuText(lists),
      },
      {
        goal: "P3",
        what: "errors + timeouts + non-2xx over all runs",
        measured: failures,
        unit: "",
        target: targets.p3Errors,
        detail: `${lists.reduce((n, r) => n + r.requests, 0).toLocaleString("en-US")} responses`,
      },
      {
        goal: "P3",
        what: `GET /api/health (no auth, one query), ${P3_CONNECTIONS} connections`,
        measured: median(runs.map((r) => r.health.requestsPerSecond)),
        unit: "req/s",
        target: null,
        detail: `the framework's floor on this machine; ${cpuText(runs.map((r) => r.health))}`,
      },
    ],
    raw: {
      connections: P3_CONNECTIONS,
      seconds: P3_SECONDS,
      paths,
      runs: runs.map((r) => ({ list: rawHttp(r.list), health: rawHttp(r.health) })),
    },
  };
}

const BATCH = 1_000;
const BATCHES_PER_RUN = 50;
export const INGEST_CLIENTS = 4;

/** Pre-built request bodies with known ids (`bench-<tag>-<batch>-<row>`), so the rows can be deleted by id. */
function batchBodies(tag: string, batches: number): { bodies: Buffer[]; ids: string[] } {
  const ids: string[] = [];
  const bodies = Array.from({ length: batches }, (_, batch) => {
    const scores = Array.from({ length: BATCH }, (_, i) => {
      const id = `${INGEST_ID_PREFIX}${tag}-${batch}-${i}`;
      ids.push(id);
      return {
        id,
        name: `bench-label-${i % 20}`,
        value: (i % 97) / 10,
        traceId: `bench-trace-${i % 250}`,
        environment: i % 5 === 0 ? "staging" : "production",
        ...(i % 10 === 0 ? { comment: "bench ingest row with a short comment" } : {}),
      };
    });
    return Buffer.from(JSON.stringify({ scores }));
  });
  return { bodies, ids };
}

type IngestVariant = { key: string; label: string; projectId: string; target: HttpTarget; judged: boolean };
type IngestRun = WithCpu & { rows: number; scoresPerSecond: number };

async function countIngested(ctx: BenchContext, projectId: string, ids: string[]): Promise<number> {
  const [{ n }] = await ctx.handle.sqlClient!<{ n: number }[]>`
    select count(*)::int as n from scores where project_id = ${projectId} and id = any(${ids}::text[])`;
  return n;
}

async function ingestRun(ctx: BenchContext, variant: IngestVariant, tag: string): Promise<IngestRun> {
  const sql = ctx.handle.sqlClient!;
  const post = {
    method: "POST" as const,
    paths: ["/api/v1/scores"],
    connections: INGEST_CLIENTS,
    warmupSeconds: 0,
  };
  const warm = batchBodies(`${tag}w`, INGEST_CLIENTS * 2);
  await measureHttp(variant.target, { ...post, bodies: warm.bodies, amount: INGEST_CLIENTS });
  await deleteIngested(sql, variant.projectId, warm.ids);
  // A few spare bodies: autocannon builds each connection's first request before sending it.
  const measured = batchBodies(tag, BATCHES_PER_RUN + INGEST_CLIENTS);
  try {
    let before: CpuSnapshot = null;
    const onStart = () => (before = cpuSnapshot(ctx.serverGroup));
    const figures = await measureHttp(variant.target, {
      ...post,
      bodies: measured.bodies,
      amount: BATCHES_PER_RUN,
      onStart,
    });
    const cpuMsPerRequest = cpuPerRequest(before, cpuSnapshot(ctx.serverGroup), figures.requests);
    const rows = await countIngested(ctx, variant.projectId, measured.ids);
    return { ...figures, cpuMsPerRequest, rows, scoresPerSecond: rows / figures.seconds };
  } finally {
    await deleteIngested(sql, variant.projectId, measured.ids);
  }
}

/**
 * P8. The judged figure writes into the largest project, as a client of an established project
 * does; a second figure writes into a project the planner's statistics still think is empty (a new
 * tenant). Every row is deleted by id afterwards and VACUUM restores the table for the next run.
 */
export async function measureIngest(ctx: BenchContext): Promise<GoalOutcome> {
  const sql = ctx.handle.sqlClient!;
  const variants: IngestVariant[] = [
    {
      key: "established",
      label: `into ${ctx.workload.projectId}`,
      projectId: ctx.workload.projectId,
      target: ctx.target,
      judged: true,
    },
    {
      key: "new",
      label: "into a new project",
      projectId: INGEST_PROJECT_ID,
      target: ctx.ingestTarget,
      judged: false,
    },
  ];
  await setIngestMarker(sql, true);
  const runs: Record<string, IngestRun[]> = { established: [], new: [] };
  let vacuumSeconds = 0;
  try {
    const probe = batchBodies("probe", 1);
    const answer = await getJson(ctx.target, "/api/v1/scores", {
      method: "POST",
      body: probe.bodies[0].toString(),
    });
    await deleteIngested(sql, ctx.workload.projectId, probe.ids);
    if (answer.status !== 201) {
      throw new Error(
        `bulk ingest probe answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 400)}`,
      );
    }
    for (let run = 1; run <= ctx.args.runs; run++) {
      for (const variant of variants) {
        ctx.log(
          `P8 run ${run}/${ctx.args.runs}: ${BATCHES_PER_RUN} batches of ${BATCH} ${variant.label}, ${INGEST_CLIENTS} clients`,
        );
        runs[variant.key].push(await ingestRun(ctx, variant, `r${run}${variant.key[0]}`));
      }
    }
  } finally {
    ctx.log("P8: vacuum after bulk ingest");
    vacuumSeconds = await vacuumScores(sql);
    await setIngestMarker(sql, false);
  }
  const rows: TableRow[] = variants.map((variant) => {
    const list = runs[variant.key];
    const failures = list.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
    const written = list.reduce((n, r) => n + r.rows, 0);
    return {
      goal: "P8",
      what: `bulk ingest ${variant.label}, batches of ${BATCH}, ${INGEST_CLIENTS} clients`,
      measured: median(list.map((r) => r.scoresPerSecond)),
      unit: "scores/s",
      target: variant.judged ? targets.p8Rate : null,
      detail:
        `batch p50 ${ms(median(list.map((r) => r.latency.p50)))}; ${written.toLocaleString("en-US")} rows ` +
        `written; ${failures} errors/non-2xx; ${cpuText(list).replace("request", "batch")}`,
    };
  });
  const raw = Object.fromEntries(
    Object.entries(runs).map(([key, list]) => [
      key,
      list.map((r) => ({ ...rawHttp(r), scoresPerSecond: round(r.scoresPerSecond, 1) })),
    ]),
  );
  return {
    rows,
    raw: { batch: BATCH, batchesPerRun: BATCHES_PER_RUN, clients: INGEST_CLIENTS, vacuumSeconds, ...raw },
  };
}
