/**
 * P14: GET /api/v1/scores/export of every row of the largest project (no filter), as CSV and as
 * JSONL, through HTTP on loopback. Per run: rows/s (rows counted in the body as it streams, over
 * the time from request to last byte) and the peak growth of the server's resident memory (the
 * sum of VmRSS over its process group, sampled every 20 ms, minus the figure just before). The
 * row count must equal `count=exact` of the list for the same (empty) filter.
 */
import fs from "node:fs";
import type { BenchContext, GoalOutcome, TableRow } from "./goal-types";
import { cpuSnapshot } from "./cpu";
import { getJson } from "./http";
import { median, round } from "./stats";
import { targets } from "./targets";

const MB = 1024 * 1024;

/** Resident memory of every process in the group, in bytes (Linux /proc; 0 elsewhere). */
function groupRss(group: number): number {
  if (process.platform !== "linux") return 0;
  let total = 0;
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== group) continue;
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

type ExportRun = {
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  rssGrowthMb: number;
  /** CPU seconds of the server's process group and of PostgreSQL during the export (null off Linux). */
  serverCpuSeconds: number | null;
  postgresCpuSeconds: number | null;
};

async function exportOnce(ctx: BenchContext, format: "csv" | "jsonl"): Promise<ExportRun> {
  const before = groupRss(ctx.serverGroup);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, groupRss(ctx.serverGroup));
  }, 20);
  const cpuBefore = cpuSnapshot(ctx.serverGroup);
  const started = performance.now();
  try {
    const response = await fetch(`${ctx.target.baseUrl}/api/v1/scores/export?format=${format}`, {
      headers: ctx.target.headers,
    });
    if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
    const reader = response.body.getReader();
    const mark = format === "csv" ? 13 : 10; // CSV records end in CRLF; values may hold bare LFs
    let records = 0;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (let i = value.indexOf(mark); i !== -1; i = value.indexOf(mark, i + 1)) records++;
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = format === "csv" ? records - 1 : records;
    peak = Math.max(peak, groupRss(ctx.serverGroup));
    const cpuAfter = cpuSnapshot(ctx.serverGroup);
    const spent = (key: "server" | "postgres") =>
      cpuBefore && cpuAfter ? (cpuAfter[key] - cpuBefore[key]) / 1000 : null;
    return {
      rows,
      bytes,
      seconds,
      rowsPerSecond: rows / seconds,
      rssGrowthMb: (peak - before) / MB,
      serverCpuSeconds: spent("server"),
      postgresCpuSeconds: spent("postgres"),
    };
  } finally {
    clearInterval(sampler);
  }
}

export async function measureExport(ctx: BenchContext): Promise<GoalOutcome> {
  const counted = await getJson(ctx.target, "/api/v1/scores?limit=1&count=exact");
  const exact = (counted.body as { meta: { total: number } }).meta.total;
  const runs: Record<"csv" | "jsonl", ExportRun[]> = { csv: [], jsonl: [] };
  for (let run = 1; run <= ctx.args.runs; run++) {
    for (const format of ["csv", "jsonl"] as const) {
      ctx.log(`P14 run ${run}/${ctx.args.runs}: export ${exact.toLocaleString("en-US")} rows as ${format}`);
      const figures = await exportOnce(ctx, format);
      if (figures.rows !== exact) {
        throw new Error(`${format} export wrote ${figures.rows} rows; count=exact says ${exact}`);
      }
      runs[format].push(figures);
    }
  }
  const rows: TableRow[] = (["csv", "jsonl"] as const).flatMap((format) => {
    const list = runs[format];
    const mbPerSecond = median(list.map((r) => r.bytes / MB / r.seconds));
    // Rows per CPU-second of the server: what the code costs, whatever else the machine is doing.
    const perCpu = list.every((r) => r.serverCpuSeconds)
      ? `; ${Math.round(median(list.map((r) => r.rows / r.serverCpuSeconds!))).toLocaleString("en-US")} rows per server CPU-s, ` +
        `postgres ${round(median(list.map((r) => r.postgresCpuSeconds ?? 0)), 1)} CPU-s`
      : "";
    return [
      {
        goal: "P14",
        what: `export ${format.toUpperCase()}, ${exact.toLocaleString("en-US")} rows: rows/s`,
        measured: round(median(list.map((r) => r.rowsPerSecond)), 0),
        unit: "rows/s",
        target: targets.p14Rate,
        detail: `${round(median(list.map((r) => r.seconds)), 2)} s, ${round(mbPerSecond, 1)} MB/s${perCpu}; rows = count=exact (${exact})`,
      },
      {
        goal: "P14",
        what: `export ${format.toUpperCase()}: server RSS growth`,
        measured: round(median(list.map((r) => r.rssGrowthMb)), 1),
        unit: "MB",
        target: targets.p14Rss,
        detail: `max of runs ${round(Math.max(...list.map((r) => r.rssGrowthMb)), 1)} MB; file ${round(median(list.map((r) => r.bytes / MB)), 1)} MB`,
      },
    ];
  });
  return { rows, raw: { exactCount: exact, runs } };
}
