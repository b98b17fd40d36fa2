import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { queueItems, scoreRevisions, scores, subjects } from "../schema";
import type { ScoreGenerator } from "./generator";
import { INSERT_BATCH, InsertSink } from "./insert-sink";
import type { LoadHooks } from "./load-server";
import type { SeedSinks } from "./plan-types";

/**
 * Loads the generator's rows into embedded PGlite with batched INSERTs, all in one transaction:
 * one commit instead of one per batch, and an interrupted seed leaves nothing half-written.
 */
export async function loadIntoPglite(
  db: Database,
  makeGenerator: (sinks: SeedSinks) => ScoreGenerator,
  hooks: LoadHooks,
): Promise<void> {
  hooks.onPhase?.("loading");
  await db.transaction(async (tx) => {
    const sinks = {
      scores: new InsertSink(tx, scores),
      subjects: new InsertSink(tx, subjects),
      queueItems: new InsertSink(tx, queueItems),
      revisions: new InsertSink(tx, scoreRevisions),
    };
    const generator = makeGenerator(sinks);
    const all = Object.values(sinks);
    while (generator.done < generator.total) {
      generator.emit(INSERT_BATCH);
      for (const sink of all) await sink.flush();
      hooks.onProgress?.(generator.done, generator.total);
    }
    for (const sink of all) await sink.flush(true);
  });
  hooks.onPhase?.("analyzing");
  await db.execute(sql`analyze`);
}
