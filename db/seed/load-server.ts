import type postgres from "postgres";
import { queueItems, scoreRevisions, subjects } from "../schema";
import { copyEncoder } from "./copy-format";
import { scoreCopyEncoder } from "./score-copy";
import { openCopySessions, type SeedPhase } from "./copy-sessions";
import { CopySink } from "./copy-sink";
import type { ScoreGenerator } from "./generator";
import type { QueueItemInsert, RevisionInsert, ScoreInsert, SeedSinks, SubjectInsert } from "./plan-types";

/** Rows generated between flushes: small enough for smooth progress, large enough to amortize awaits. */
const SLICE = 5_000;

export type LoadHooks = {
  onProgress?: (done: number, total: number) => void;
  onPhase?: (phase: SeedPhase) => void;
};

/**
 * Streams the generator's rows into the server with COPY, one concurrent stream per table, then
 * runs ANALYZE so the planner sees the new distribution (the benchmark measures right after).
 */
export async function loadIntoServer(
  sql: postgres.Sql,
  makeGenerator: (sinks: SeedSinks) => ScoreGenerator,
  hooks: LoadHooks,
): Promise<void> {
  const sinks = {
    scores: new CopySink<ScoreInsert>(scoreCopyEncoder),
    subjects: new CopySink<SubjectInsert>(copyEncoder(subjects)),
    queueItems: new CopySink<QueueItemInsert>(copyEncoder(queueItems)),
    revisions: new CopySink<RevisionInsert>(copyEncoder(scoreRevisions)),
  };
  const generator = makeGenerator(sinks);
  const all = Object.values(sinks);
  hooks.onPhase?.("loading");
  const sessions = await openCopySessions(
    sql,
    [
      { table: "scores", sink: sinks.scores, bulkRows: generator.total },
      { table: "subjects", sink: sinks.subjects, bulkRows: Math.ceil(generator.total / 3) },
      { table: "queue_items", sink: sinks.queueItems },
      { table: "score_revisions", sink: sinks.revisions },
    ],
    hooks.onPhase,
  );
  try {
    while (generator.done < generator.total) {
      generator.emit(SLICE);
      await Promise.all(all.map((sink) => sink.flush()));
      hooks.onProgress?.(generator.done, generator.total);
    }
    await Promise.all(all.map((sink) => sink.end()));
  } catch (error) {
    sessions.abort(error instanceof Error ? error : new Error(String(error)));
  }
  await sessions.committed;
  hooks.onPhase?.("analyzing");
  await sql`analyze scores, subjects, queue_items, score_revisions, score_configs, annotation_queues`;
}
