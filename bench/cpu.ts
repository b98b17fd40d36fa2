/**
 * CPU time spent by the server (its process group), by PostgreSQL (every `postgres` process)
 * and by this process (the load generator), read from /proc. Linux only; elsewhere every figure is null.
 */
import fs from "node:fs";

export type CpuSnapshot = { server: number; postgres: number; loadgen: number } | null;
export type CpuPerRequest = { server: number; postgres: number; loadgen: number } | null;

const TICK_MS = 10; // USER_HZ is 100 on Linux

function processes(): { pid: string; comm: string; pgrp: number; cpuMs: number }[] {
  const result = [];
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      // fields[0] is state (field 3); pgrp is field 5, utime 14, stime 15.
      result.push({
        pid,
        comm,
        pgrp: Number(fields[2]),
        cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      });
    } catch {
      // the process ended while we looked
    }
  }
  return result;
}

export function cpuSnapshot(serverGroup: number): CpuSnapshot {
  if (process.platform !== "linux") return null;
  let server = 0;
  let postgres = 0;
  for (const p of processes()) {
    if (p.pgrp === serverGroup) server += p.cpuMs;
    else if (p.comm === "postgres") postgres += p.cpuMs;
  }
  const self = process.cpuUsage();
  return { server, postgres, loadgen: (self.user + self.system) / 1000 };
}

export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): CpuPerRequest {
  if (!before || !after || requests === 0) return null;
  const per = (key: keyof NonNullable<CpuSnapshot>) =>
    Math.round(((after[key] - before[key]) / requests) * 1000) / 1000;
  return { server: per("server"), postgres: per("postgres"), loadgen: per("loadgen") };
}
