/** What the figures were measured on: machine, software, data and index set. */
import { execFileSync } from "node:child_process";
import os from "node:os";
import type postgres from "postgres";
import { ROOT } from "./server";

export type IndexFact = { table: string; name: string; definition: string; sizeBytes: number };

export type Facts = {
  cpuModel: string;
  cores: number;
  ramBytes: number;
  platform: string;
  node: string;
  postgres: string;
  postgresSettings: Record<string, string>;
  git: { commit: string | null; dirty: boolean | null };
  loadAverageAtStart: number[];
  indexes: IndexFact[];
  tableSizes: Record<string, number>;
};

function git(args: string[]): string | null {
  try {
    return execFileSync("git", args, {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

const SETTINGS = [
  "shared_buffers",
  "work_mem",
  "effective_cache_size",
  "max_parallel_workers_per_gather",
  "jit",
  "random_page_cost",
];

export async function collectFacts(sql: postgres.Sql): Promise<Facts> {
  const [{ version }] = await sql<{ version: string }[]>`select version()`;
  const settings = await sql<{ name: string; setting: string; unit: string | null }[]>`
    select name, setting, unit from pg_settings where name in ${sql(SETTINGS)} order by name`;
  const indexes = await sql<{ table: string; name: string; definition: string; size: string }[]>`
    select i.tablename as table, i.indexname as name, i.indexdef as definition,
      pg_relation_size(format('%I.%I', i.schemaname, i.indexname)::regclass)::text as size
    from pg_indexes i where i.schemaname = 'public' and i.tablename in ('scores', 'score_revisions')
    order by i.tablename, i.indexname`;
  const sizes = await sql<{ name: string; size: string }[]>`
    select relname as name, pg_total_relation_size(oid)::text as size from pg_class
    where relname in ('scores', 'score_revisions', 'subjects') and relkind = 'r'`;
  const status = git(["status", "--porcelain"]);
  return {
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    ramBytes: os.totalmem(),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    postgres: version,
    postgresSettings: Object.fromEntries(
      settings.map((s) => [s.name, `${s.setting}${s.unit ? ` ${s.unit}` : ""}`]),
    ),
    git: { commit: git(["rev-parse", "HEAD"]), dirty: status === null ? null : status.length > 0 },
    loadAverageAtStart: os.loadavg(),
    indexes: indexes.map((i) => ({
      table: i.table,
      name: i.name,
      definition: i.definition,
      sizeBytes: Number(i.size),
    })),
    tableSizes: Object.fromEntries(sizes.map((s) => [s.name, Number(s.size)])),
  };
}
