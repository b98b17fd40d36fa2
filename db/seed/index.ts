import type { DatabaseHandle } from "../client";
import type { SeedPhase } from "./copy-sessions";
import { ScoreGenerator } from "./generator";
import { loadIntoPglite } from "./load-pglite";
import { loadIntoServer } from "./load-server";
import type { ProjectPlan, SeedSinks } from "./plan-types";
import { Prng, WeightedPicker, zipfWeights } from "./prng";
import { ensureLabels } from "./setup-labels";
import { ensureAnnotators, ensureProjects } from "./setup-tenancy";
import { DAY_MS, SEED_WINDOW_DAYS } from "./timeline";

export type { SeedPhase } from "./copy-sessions";

export type SeedOptions = {
  /** Number of score rows to generate (a positive integer). */
  scores: number;
  /** Same seed + same options ⇒ identical rows, ids included. */
  seed: number;
  /** Put every score into this project (created if missing); default: four `seed-*` projects. */
  projectId?: string;
  /** The newest timestamp; rows spread over the 180 days before it. Default: now, to the minute. */
  baseDate?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Server only: after the rows, indexes may be rebuilt and statistics refreshed. */
  onPhase?: (phase: SeedPhase) => void;
};

export type SeedResult = { projectIds: string[]; scores: number; seconds: number; rowsPerSecond: number };

/** Fills a migrated database with a realistic, deterministic score workload (see performance.md). */
export async function seedDatabase(handle: DatabaseHandle, options: SeedOptions): Promise<SeedResult> {
  const { scores: total, seed } = options;
  if (!Number.isSafeInteger(total) || total < 1) throw new RangeError("scores must be a positive integer");
  if (!Number.isSafeInteger(seed)) throw new RangeError("seed must be an integer");
  const started = performance.now();
  const baseMs = Math.floor((options.baseDate ?? new Date()).getTime() / 60_000) * 60_000;
  const startMs = baseMs - SEED_WINDOW_DAYS * DAY_MS;
  const setup = new Prng(seed, "setup");

  const projects = await ensureProjects(handle.db, options.projectId, new Date(startMs - 14 * DAY_MS));
  const projectIds = projects.map((p) => p.id);
  const annotators = await ensureAnnotators(
    handle.db,
    projectIds,
    setup.fork("users"),
    new Date(startMs - 10 * DAY_MS),
  );
  const plans: ProjectPlan[] = [];
  for (const project of projects) {
    const rng = setup.fork(`project:${project.id}`);
    const { labels, labelPicker, queueIds } = await ensureLabels(handle.db, project.id, rng, {
      startMs,
      baseMs,
    });
    // A handful of annotators do most of the work, and which ones differs per project.
    const annotatorPicker = new WeightedPicker(
      rng.fork("annotators").shuffle(annotators),
      zipfWeights(annotators.length, 0.8),
    );
    plans.push({ id: project.id, labels, labelPicker, annotatorPicker, queueIds });
  }

  const weights = projects.map((p) => p.weight);
  const makeGenerator = (sinks: SeedSinks) => new ScoreGenerator(seed, plans, weights, total, baseMs, sinks);
  const hooks = { onProgress: options.onProgress, onPhase: options.onPhase };
  try {
    if (handle.sqlClient) await loadIntoServer(handle.sqlClient, makeGenerator, hooks);
    else if (handle.pglite) await loadIntoPglite(handle.pglite, makeGenerator, hooks);
    else throw new Error("seedDatabase needs a PostgreSQL server or an embedded PGlite handle");
  } catch (error) {
    throw explainLoadError(error);
  }

  const seconds = (performance.now() - started) / 1000;
  return { projectIds, scores: total, seconds, rowsPerSecond: total / seconds };
}

/** A duplicate key almost always means this seed was loaded before: say so instead of "23505". */
function explainLoadError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (code !== "23505" && cause !== "23505") return error;
  return new Error(
    "Some generated ids already exist: this seed was probably loaded into this database before. " +
      "Use another --seed, another --project, or a fresh database.",
    { cause: error },
  );
}
