/**
 * `npm run seed -- --scores N --seed S [--project ID]`: fills the configured database with the
 * reference workload. Exit codes: 0 done, 1 the seed failed, 2 invalid arguments.
 */
import { openDatabase } from "../client";
import { ArgsError, parseSeedArgs, USAGE, type SeedArgs } from "./args";
import { seedDatabase } from "./index";
import { formatCount, ProgressReporter } from "./progress";

/** Where the rows go, without credentials. */
function describeTarget(url: string | undefined, dataDir: string): string {
  if (!url) return `PGlite in ${dataDir}`;
  const parsed = new URL(url);
  return `PostgreSQL ${parsed.host}${parsed.pathname}`;
}

async function run(args: SeedArgs): Promise<void> {
  const url = process.env.DATABASE_URL || undefined;
  const dataDir = process.env.SCORELENS_DATA_DIR || "./.data";
  process.stderr.write(
    `seeding ${formatCount(args.scores)} scores (seed ${args.seed}) into ${describeTarget(url, dataDir)}\n`,
  );
  const handle = await openDatabase(url ? { url } : { dataDir });
  const progress = new ProgressReporter(process.stderr);
  try {
    const result = await seedDatabase(handle, {
      scores: args.scores,
      seed: args.seed,
      projectId: args.projectId,
      baseDate: args.baseDate,
      onProgress: progress.update,
      onPhase: progress.phase,
    });
    progress.finishLine();
    const projects = result.projectIds.length;
    process.stdout.write(
      `seeded ${formatCount(result.scores)} scores into ${projects} project${projects === 1 ? "" : "s"} ` +
        `in ${result.seconds.toFixed(1)} s (${formatCount(Math.round(result.rowsPerSecond / 100) * 100)} rows/s)\n`,
    );
  } finally {
    progress.finishLine();
    await handle.close();
  }
}

function main(): void {
  let args: SeedArgs;
  try {
    args = parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    process.stderr.write(`seed: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  run(args).catch((error: unknown) => {
    process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

main();
