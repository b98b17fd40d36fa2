/**
 * The benchmark's own database on the PostgreSQL server named by DATABASE_URL: created when
 * missing, seeded with a fixed seed and base date, and re-seeded only when its marker says the
 * rows differ from what was asked for, so repeated runs start measuring at once.
 */
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { formatCount, ProgressReporter } from "@/db/seed/progress";

export const BENCH_SEED = 20260601;
export const BASE_DATE = new Date("2026-06-01T00:00:00Z");
/** Bulk ingest (P8) writes into this project, which is emptied before and after. */
export const INGEST_PROJECT_ID = "bench-ingest";

export type SeedInfo = {
  scores: number;
  seed: number;
  baseDate: string;
  seededAt: string;
  seconds: number;
  rowsPerSecond: number;
  vacuumSeconds: number;
  /** False when this run found the rows already there and measured the earlier seed's rate. */
  seededThisRun: boolean;
};

export type BenchDatabase = { handle: DatabaseHandle; url: string; name: string; seed: SeedInfo };

/** `postgres://` or `postgresql://`, or a clear refusal: PGlite is not what the goals are about. */
export function requireServerUrl(raw: string | undefined): URL {
  if (!raw || !/^postgres(ql)?:\/\//i.test(raw)) {
    throw new Error(
      "The benchmark needs a PostgreSQL server: set DATABASE_URL=postgres://user@host:5432/db " +
        "(performance.md measures the server; PGlite is not a benchmark target).",
    );
  }
  return new URL(raw);
}

/** 1,000,000 → scorelens_bench_1m; 250,000 → scorelens_bench_250k; 12,345 → scorelens_bench_12345. */
export function benchDatabaseName(scores: number): string {
  if (scores % 1_000_000 === 0) return `scorelens_bench_${scores / 1_000_000}m`;
  if (scores % 1_000 === 0) return `scorelens_bench_${scores / 1_000}k`;
  return `scorelens_bench_${scores}`;
}

const withDatabase = (url: URL, name: string) => {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.toString();
};

async function withAdmin<T>(url: URL, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(withDatabase(url, "postgres"), { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function createDatabase(url: URL, name: string, dropFirst: boolean): Promise<void> {
  await withAdmin(url, async (sql) => {
    if (dropFirst) await sql.unsafe(`drop database if exists ${name} with (force)`);
    const [found] = await sql`select 1 as found from pg_database where datname = ${name}`;
    if (!found) await sql.unsafe(`create database ${name}`);
  });
}

async function readMarker(sql: postgres.Sql): Promise<SeedInfo | null> {
  await sql`create table if not exists bench_meta (key text primary key, value jsonb not null)`;
  const [row] = await sql<{ value: SeedInfo }[]>`select value from bench_meta where key = 'seed'`;
  return row?.value ?? null;
}

async function writeMarker(sql: postgres.Sql, info: SeedInfo): Promise<void> {
  await sql`create table if not exists bench_meta (key text primary key, value jsonb not null)`;
  await sql`insert into bench_meta (key, value) values ('seed', ${JSON.stringify(info)}::text::jsonb)
    on conflict (key) do update set value = excluded.value`;
}

/** Every id bulk ingest (P8) writes starts with this; seeded ids are UUIDs. */
export const INGEST_ID_PREFIX = "bench-";

/** Deletes ingested scores (and their revisions) by id: primary-key lookups, cheap at any size. */
export async function deleteIngested(sql: postgres.Sql, projectId: string, ids: readonly string[]) {
  await sql`delete from score_revisions where project_id = ${projectId} and score_id = any(${ids as string[]}::text[])`;
  const deleted =
    await sql`delete from scores where project_id = ${projectId} and id = any(${ids as string[]}::text[])`;
  return deleted.count;
}

/**
 * Marks bulk ingest as running, so that a run that died in the middle of it is cleaned up by the
 * next one (by id prefix: a scan of each project's primary-key range, only in that case).
 */
export async function setIngestMarker(sql: postgres.Sql, running: boolean): Promise<void> {
  if (running) {
    await sql`insert into bench_meta (key, value) values ('ingest', '{"running": true}'::jsonb)
      on conflict (key) do update set value = excluded.value`;
  } else {
    await sql`delete from bench_meta where key = 'ingest'`;
  }
}

/** VACUUM after writes: removes dead rows and restores the visibility map (index-only scans, counts). */
export async function vacuumScores(sql: postgres.Sql): Promise<number> {
  const started = performance.now();
  await sql.unsafe("vacuum scores, score_revisions");
  return (performance.now() - started) / 1000;
}

async function recoverInterruptedIngest(sql: postgres.Sql): Promise<void> {
  const [marker] = await sql`select 1 from bench_meta where key = 'ingest'`;
  if (!marker) return;
  process.stderr.write("an earlier run stopped during bulk ingest; removing its rows\n");
  const pattern = `${INGEST_ID_PREFIX}%`;
  await sql`delete from score_revisions where score_id like ${pattern}`;
  await sql`delete from scores where id like ${pattern}`;
  await vacuumScores(sql);
  await setIngestMarker(sql, false);
}

async function seed(handle: DatabaseHandle, scores: number): Promise<Omit<SeedInfo, "seededThisRun">> {
  const sql = handle.sqlClient!;
  process.stderr.write(
    `seeding ${formatCount(scores)} scores (seed ${BENCH_SEED}, base date ${BASE_DATE.toISOString()})\n`,
  );
  const progress = new ProgressReporter(process.stderr);
  const result = await seedDatabase(handle, {
    scores,
    seed: BENCH_SEED,
    baseDate: BASE_DATE,
    onProgress: progress.update,
    onPhase: progress.phase,
  });
  progress.finishLine();
  // VACUUM sets the visibility map (index-only scans, e.g. counts) and refreshes statistics now,
  // instead of letting autovacuum do it at a random moment in the middle of a measurement.
  const started = performance.now();
  await sql.unsafe("vacuum (analyze) scores, subjects, queue_items, score_revisions");
  const vacuumSeconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `seeded ${formatCount(scores)} scores in ${result.seconds.toFixed(1)} s ` +
      `(${formatCount(result.rowsPerSecond)} rows/s); vacuum analyze ${vacuumSeconds.toFixed(1)} s\n`,
  );
  return {
    scores,
    seed: BENCH_SEED,
    baseDate: BASE_DATE.toISOString(),
    seededAt: new Date().toISOString(),
    seconds: result.seconds,
    rowsPerSecond: result.rowsPerSecond,
    vacuumSeconds,
  };
}

const matches = (marker: SeedInfo | null, scores: number) =>
  marker !== null &&
  marker.scores === scores &&
  marker.seed === BENCH_SEED &&
  marker.baseDate === BASE_DATE.toISOString();

/** Opens (creating and seeding when needed) the database holding exactly `scores` benchmark rows. */
export async function prepareBenchDatabase(
  rawUrl: string | undefined,
  scores: number,
  options: { skipSeed: boolean },
): Promise<BenchDatabase> {
  const server = requireServerUrl(rawUrl);
  const name = benchDatabaseName(scores);
  const url = withDatabase(server, name);
  await createDatabase(server, name, false);

  let handle = await openDatabase({ url, poolSize: 10 });
  const sql = handle.sqlClient!;
  const marker = await readMarker(sql);
  await recoverInterruptedIngest(sql);
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from scores`;
  if (matches(marker, scores) && n === scores) {
    process.stderr.write(`using ${name}: ${formatCount(n)} scores seeded ${marker!.seededAt}\n`);
    return { handle, url, name, seed: { ...marker!, seededThisRun: false } };
  }
  if (options.skipSeed) {
    await handle.close();
    throw new Error(
      `--skip-seed: ${name} holds ${formatCount(n)} scores, not the ${formatCount(scores)} asked for`,
    );
  }
  if (n > 0 || marker) {
    process.stderr.write(`${name} holds other data (${formatCount(n)} scores); recreating it\n`);
    await handle.close();
    await createDatabase(server, name, true);
    handle = await openDatabase({ url, poolSize: 10 });
  }
  const info = await seed(handle, scores);
  await writeMarker(handle.sqlClient!, { ...info, seededThisRun: false });
  return { handle, url, name, seed: { ...info, seededThisRun: true } };
}
