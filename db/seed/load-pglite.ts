import type { PGlite } from "@electric-sql/pglite";
import { queueItems, scoreRevisions, subjects } from "../schema";
import { BlobCopySink } from "./blob-copy-sink";
import { copyEncoder } from "./copy-format";
import type { ScoreGenerator } from "./generator";
import type { LoadHooks } from "./load-server";
import type { QueueItemInsert, RevisionInsert, ScoreInsert, SeedSinks, SubjectInsert } from "./plan-types";
import { scoreCopyEncoder } from "./score-copy";

/** Rows generated between flushes and progress reports. */
const SLICE = 5_000;

/**
 * Loads the generator's rows into embedded PGlite with COPY from in-memory blobs, all in one
 * transaction: one commit, and an interrupted seed leaves nothing half-written.
 */
export async function loadIntoPglite(
  pglite: PGlite,
  makeGenerator: (sinks: SeedSinks) => ScoreGenerator,
  hooks: LoadHooks,
): Promise<void> {
  hooks.onPhase?.("loading");
  await pglite.transaction(async (tx) => {
    const sinks = {
      scores: new BlobCopySink<ScoreInsert>(tx, scoreCopyEncoder),
      subjects: new BlobCopySink<SubjectInsert>(tx, copyEncoder(subjects)),
      queueItems: new BlobCopySink<QueueItemInsert>(tx, copyEncoder(queueItems)),
      revisions: new BlobCopySink<RevisionInsert>(tx, copyEncoder(scoreRevisions)),
    };
    const generator = makeGenerator(sinks);
    const all = Object.values(sinks);
    while (generator.done < generator.total) {
      generator.emit(SLICE);
      for (const sink of all) await sink.flush();
      hooks.onProgress?.(generator.done, generator.total);
    }
    for (const sink of all) await sink.flush(true);
  });
  hooks.onPhase?.("analyzing");
  await pglite.query("analyze");
}
