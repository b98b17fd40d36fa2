/**
 * `tsx bench/ui/run.ts [--scores N] [--runs R] [--rows N] [--skip-seed] [--skip-build]`:
 * P10, P11 and P15 of performance.md in Debian's Chromium against the production server on the
 * benchmark database (the same one `npm run bench` seeds), signed in as a benchmark user.
 * Prints a table and writes bench/results/ui-<day>-<scores>.json.
 */
import { applyInit } from "@/lib/boot/headless-init";
import { prepareBenchDatabase } from "../database";
import type { TableRow } from "../goal-types";
import { jsonRows, renderTable, writeResults } from "../report";
import { buildIfNeeded, ROOT, startServer } from "../server";
import { discoverWorkload } from "../workload";
import { BENCH_USER, launchChromium, signIn } from "./browser";
import { measureFirstLoadGoal, measureScrollGoal, type UiContext } from "./goals";
import { uiGoalIds, type UiGoalId, type UiRow } from "./targets";
import { measureWorkspaceGoal, prepareWorkQueue, workItemsNeeded } from "./workspace";

const USAGE = `Usage: tsx bench/ui/run.ts [--scores N] [--runs R] [--rows N] [--only P10|P11|P15] [--skip-seed] [--skip-build]

  --scores N    rows in the benchmark database (default 1,000,000, as npm run bench)
  --runs R      runs per figure, at least 3 (default 3)
  --rows N      rows loaded into the explorer before the scroll is timed (default 100,000)
  --only GOAL   measure P10, P11 or P15 (workspace: submit to the next item) only
  --skip-seed   use the benchmark database as it is
  --skip-build  reuse .next when it holds a build

Needs DATABASE_URL=postgres://… and /usr/bin/chromium.`;

type UiArgs = {
  scores: number;
  runs: number;
  rows: number;
  only: UiGoalId[];
  skipSeed: boolean;
  skipBuild: boolean;
};

function parseArgs(argv: string[]): UiArgs {
  const args: UiArgs = {
    scores: 1_000_000,
    runs: 3,
    rows: 100_000,
    only: [...uiGoalIds],
    skipSeed: false,
    skipBuild: false,
  };
  const number = (flag: string, raw: string | undefined, min: number) => {
    const value = Number(raw?.replace(/[_,]/g, ""));
    if (!Number.isSafeInteger(value) || value < min)
      throw new Error(`${flag} must be a whole number ≥ ${min}`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--scores") args.scores = number(flag, argv[++i], 1);
    else if (flag === "--runs") args.runs = number(flag, argv[++i], 3);
    else if (flag === "--rows") args.rows = number(flag, argv[++i], 100);
    else if (flag === "--only") {
      const goal = argv[++i]?.toUpperCase() as UiGoalId;
      if (!uiGoalIds.includes(goal)) throw new Error(`--only takes ${uiGoalIds.join(" or ")}`);
      args.only = [goal];
    } else if (flag === "--skip-seed") args.skipSeed = true;
    else if (flag === "--skip-build") args.skipBuild = true;
    else throw new Error(`unknown argument "${flag}"\n\n${USAGE}`);
  }
  return args;
}

const log = (line: string) => process.stderr.write(`[bench:ui] ${line}\n`);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const database = await prepareBenchDatabase(process.env.DATABASE_URL, args.scores, {
    skipSeed: args.skipSeed,
  });
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  const browser = await launchChromium();
  try {
    const workload = await discoverWorkload(database.handle);
    await applyInit(database.handle.db, {
      orgName: "Scorelens bench",
      projectId: workload.projectId,
      projectName: workload.projectId,
      user: BENCH_USER,
    });
    // Sessions are signed; a PostgreSQL-backed production server refuses to start without a secret.
    process.env.SCORELENS_AUTH_SECRET ??= "bench-ui-local-only-secret-0123456789abcdef";
    const build = buildIfNeeded(args.skipBuild);
    server = await startServer({ databaseUrl: database.url, projectId: workload.projectId });
    log(
      `server ${server.baseUrl}; project ${workload.projectId} (${workload.projectScores.toLocaleString("en-US")} scores)`,
    );
    const ctx: UiContext = {
      browser,
      baseUrl: server.baseUrl,
      cookies: await signIn(browser, server.baseUrl),
      projectId: workload.projectId,
      runs: args.runs,
      rows: Math.min(args.rows, workload.projectScores),
      log,
    };
    const p11 = args.only.includes("P11") ? await measureFirstLoadGoal(ctx) : null;
    const p10 = args.only.includes("P10") ? await measureScrollGoal(ctx) : null;
    const p15 = args.only.includes("P15")
      ? await measureWorkspaceGoal(
          ctx,
          await prepareWorkQueue(database.handle, workload.projectId, workItemsNeeded(args.runs)),
        )
      : null;
    const rows: UiRow[] = [...(p10?.rows ?? []), ...(p11?.rows ?? []), ...(p15?.rows ?? [])];
    const full = args.only.length === uiGoalIds.length;
    const file = `${ROOT}/bench/results/${full ? "" : "tmp/"}ui-${startedAt.toISOString().slice(0, 10)}-${args.scores}.json`;
    // UiRow is TableRow with goal P10/P11, which bench/targets.ts does not list (yet).
    const table = rows as unknown as TableRow[];
    writeResults(file, {
      benchmark: "scorelens-ui",
      startedAt: startedAt.toISOString(),
      seconds: round1((Date.now() - startedAt.getTime()) / 1000),
      args,
      database: { name: database.name, seed: database.seed },
      browser: browser.version(),
      build,
      table: jsonRows(table),
      raw: { P10: p10?.raw, P11: p11?.raw, P15: p15?.raw },
    });
    process.stdout.write(
      `\nScorelens UI benchmark (${browser.version()}):\n\n${renderTable(table)}\n\nwrote ${file}\n`,
    );
  } finally {
    await browser.close();
    if (server) await server.stop();
    await database.handle.close();
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10;

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:ui failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
