/**
 * `npm run bench -- --scores 1000000 [--runs 3] [--skip-seed] [--skip-build] [--only P1,P4]`:
 * seeds (once) a benchmark database, starts the production server on it, measures the goals of
 * performance.md and prints a table; the JSON with every raw figure goes to bench/results/.
 */
import os from "node:os";
import { applyInit } from "@/lib/boot/headless-init";
import { ArgsError, isFullRun, parseBenchArgs, USAGE, type BenchArgs } from "./args";
import { INGEST_PROJECT_ID, prepareBenchDatabase } from "./database";
import { collectFacts } from "./facts";
import type { BenchContext, GoalOutcome, TableRow } from "./goal-types";
import { measureAnchor, measureDepth } from "./goals-depth";
import { measureCompare } from "./goals-compare";
import { measureExport } from "./goals-export";
import { measureFacets } from "./goals-facets";
import { measureListGoals } from "./goals-list";
import { measureIngest, measureThroughput } from "./goals-load";
import { basicAuth } from "./http";
import { jsonRows, renderTable, resultsFile, writeResults } from "./report";
import { BENCH_KEYS, buildIfNeeded, ROOT, startServer } from "./server";
import { idleFraction, waitForIdle } from "./idle";
import { round } from "./stats";
import type { GoalId } from "./targets";
import { discoverWorkload } from "./workload";

const INGEST_KEYS = {
  publicKey: "pk-sl-bench0000000000000000000002",
  secretKey: "sk-sl-bench-local-only-not-a-secret-0000000002",
};

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

type Step = { goals: GoalId[]; run: (ctx: BenchContext) => Promise<Partial<Record<GoalId, GoalOutcome>>> };

/** In this order; P8 writes (and removes) rows, so it runs last (P14's count would see them otherwise). */
const steps: Step[] = [
  { goals: ["P1", "P2", "P6"], run: measureListGoals },
  { goals: ["P3"], run: async (ctx) => ({ P3: await measureThroughput(ctx) }) },
  { goals: ["P4"], run: async (ctx) => ({ P4: await measureDepth(ctx) }) },
  { goals: ["P12"], run: async (ctx) => ({ P12: await measureAnchor(ctx) }) },
  { goals: ["P7"], run: async (ctx) => ({ P7: await measureFacets(ctx) }) },
  { goals: ["P16"], run: async (ctx) => ({ P16: await measureCompare(ctx) }) },
  { goals: ["P14"], run: async (ctx) => ({ P14: await measureExport(ctx) }) },
  { goals: ["P8"], run: async (ctx) => ({ P8: await measureIngest(ctx) }) },
];

const failedRow = (goal: GoalId, error: unknown): TableRow => ({
  goal,
  what: "measurement failed",
  measured: Number.NaN,
  unit: "",
  target: { value: 0, kind: "max", unit: "" },
  detail: error instanceof Error ? error.message.split("\n")[0].slice(0, 160) : String(error),
});

async function bench(args: BenchArgs): Promise<void> {
  const startedAt = new Date();
  const started = performance.now();
  const database = await prepareBenchDatabase(process.env.DATABASE_URL, args.scores, {
    skipSeed: args.skipSeed,
  });
  const { handle } = database;
  const outcomes: Partial<Record<GoalId, GoalOutcome>> = {};
  const errors: Partial<Record<GoalId, string>> = {};
  const loadAverage: Record<string, number[]> = {};
  const idleBefore: Record<string, number | null> = {};
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    const workload = await discoverWorkload(handle);
    log(
      `project ${workload.projectId} (${workload.projectScores.toLocaleString("en-US")} of ${args.scores.toLocaleString("en-US")} scores); ` +
        `popular: ${JSON.stringify(workload.popular)}`,
    );
    await applyInit(handle.db, {
      orgName: "Scorelens bench",
      projectId: INGEST_PROJECT_ID,
      projectName: "Bench ingest",
      keys: INGEST_KEYS,
    });
    const facts = await collectFacts(handle.sqlClient!);
    const build = buildIfNeeded(args.skipBuild);
    server = await startServer({ databaseUrl: database.url, projectId: workload.projectId });
    log(`server ${server.baseUrl} (pid ${server.pid}); log in ${server.logFile}`);

    const ctx: BenchContext = {
      args,
      handle,
      target: { baseUrl: server.baseUrl, headers: basicAuth(BENCH_KEYS.publicKey, BENCH_KEYS.secretKey) },
      ingestTarget: {
        baseUrl: server.baseUrl,
        headers: basicAuth(INGEST_KEYS.publicKey, INGEST_KEYS.secretKey),
      },
      workload,
      serverGroup: server.pid,
      selected: new Set(args.only),
      log,
    };
    loadAverage.start = os.loadavg();
    for (const step of steps) {
      const wanted = step.goals.filter((goal) => ctx.selected.has(goal));
      if (wanted.length === 0) continue;
      const idle = args.waitIdle > 0 ? await waitForIdle(args.waitIdle, log) : await idleFraction();
      idleBefore[wanted.join("/")] = idle === null ? null : round(idle, 3);
      loadAverage[`before ${wanted.join("/")}`] = os.loadavg();
      try {
        const produced = await step.run(ctx);
        for (const goal of wanted) if (produced[goal]) outcomes[goal] = produced[goal];
      } catch (error) {
        log(
          `${wanted.join("/")} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        for (const goal of wanted) {
          errors[goal] = error instanceof Error ? error.message : String(error);
          outcomes[goal] = { rows: [failedRow(goal, error)], raw: {} };
        }
      }
    }
    loadAverage.end = os.loadavg();
    await server.stop();
    server = null;

    const rows = args.only.flatMap((goal) => outcomes[goal]?.rows ?? []);
    const full = isFullRun(args);
    const file = resultsFile(ROOT, args.scores, full, startedAt);
    writeResults(file, {
      benchmark: "scorelens",
      startedAt: startedAt.toISOString(),
      seconds: round((performance.now() - started) / 1000, 1),
      args,
      database: { name: database.name, seed: database.seed },
      facts: { ...facts, loadAverage, cpuIdleFractionBeforeGoal: idleBefore },
      workload,
      build,
      table: jsonRows(rows),
      errors,
      raw: Object.fromEntries(Object.entries(outcomes).map(([goal, outcome]) => [goal, outcome.raw])),
      plans: Object.fromEntries(
        Object.entries(outcomes).flatMap(([goal, o]) => (o.plans ? [[goal, o.plans]] : [])),
      ),
    });

    const seedNote = database.seed.seededThisRun ? "this run" : `earlier, ${database.seed.seededAt}`;
    process.stdout.write(
      `\nScorelens benchmark: ${args.scores.toLocaleString("en-US")} scores in ${database.name}; ` +
        `seed rate ${Math.round(database.seed.rowsPerSecond).toLocaleString("en-US")} rows/s (${seedNote}); ` +
        `median of ${args.runs} runs; load average ${loadAverage.start.map((l) => l.toFixed(2)).join(" ")} → ` +
        `${loadAverage.end.map((l) => l.toFixed(2)).join(" ")}; CPU idle before each goal: ` +
        `${Object.entries(idleBefore)
          .map(([goals, idle]) => `${goals} ${idle === null ? "?" : `${Math.round(idle * 100)}%`}`)
          .join(", ")}` +
        `\n\n${renderTable(rows)}\n\nwrote ${file}\n`,
    );
    if (Object.keys(errors).length > 0) process.exitCode = 1;
  } finally {
    if (server) await server.stop();
    await handle.close();
  }
}

function main(): void {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  bench(args).catch((error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}

main();
