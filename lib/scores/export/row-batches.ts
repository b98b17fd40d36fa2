import { and } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { scores, type ScoreRow } from "@/db/schema";
import { afterPosition, orderByFor, positionOf } from "../keyset";
import type { ScoreQuery } from "../score-query";
import { columnsOf, mapRawRow } from "../recordset";
import { buildScoreWhere } from "../where";

/**
 * Every row of a query in its list order, a batch at a time, with memory bounded by one batch.
 * On the server: one statement read through a server-side cursor (postgres.js `cursor()`, a
 * portal fetched `EXPORT_BATCH` rows per round trip), so the export is one consistent snapshot.
 * On PGlite, which runs one statement at a time for every request of the process, keyset pages
 * (the list's own `afterPosition`) so other requests interleave between batches.
 * Stopping the iteration (`return()`) closes the cursor on the server: the query ends.
 */
export const EXPORT_BATCH = 1_000;
/**
 * The server's statement timeout (SCORELENS_STATEMENT_TIMEOUT_MS, seconds) bounds a list query,
 * but a cursor's statement lasts as long as the download: the export's connection gets this
 * bound instead. A client that goes away ends it sooner.
 */
export const EXPORT_STATEMENT_TIMEOUT_MS = 60 * 60_000;

type ExportQuery = Pick<ScoreQuery, "projectId" | "filters" | "sort" | "order">;

const scoreColumns = columnsOf(scores);

export function scoreRowBatches(
  handle: DatabaseHandle,
  query: ExportQuery,
  now: Date = new Date(),
  batchSize = EXPORT_BATCH,
): AsyncGenerator<ScoreRow[]> {
  return handle.sqlClient
    ? cursorBatches(handle, query, now, batchSize)
    : keysetBatches(handle, query, now, batchSize);
}

async function* cursorBatches(
  handle: DatabaseHandle,
  query: ExportQuery,
  now: Date,
  batchSize: number,
): AsyncGenerator<ScoreRow[]> {
  const statement = handle.db
    .select()
    .from(scores)
    .where(buildScoreWhere(query.projectId, query.filters, now))
    .orderBy(...orderByFor(query.sort, query.order))
    .toSQL();
  const connection = await handle.sqlClient!.reserve();
  try {
    await connection.unsafe(`set statement_timeout = ${EXPORT_STATEMENT_TIMEOUT_MS}`);
    const cursor = connection.unsafe(statement.sql, statement.params as never[]).cursor(batchSize);
    for await (const raw of cursor) {
      yield raw.map((row) => mapRawRow<ScoreRow>(scoreColumns, row as Record<string, unknown>));
    }
  } finally {
    // The pooled connection goes back with the pool's own settings.
    await connection.unsafe("reset statement_timeout").catch(() => undefined);
    connection.release();
  }
}

async function* keysetBatches(
  handle: DatabaseHandle,
  query: ExportQuery,
  now: Date,
  batchSize: number,
): AsyncGenerator<ScoreRow[]> {
  const where = buildScoreWhere(query.projectId, query.filters, now);
  let after: ScoreRow | undefined;
  for (;;) {
    const rows = await handle.db
      .select()
      .from(scores)
      .where(
        after ? and(where, afterPosition(query.sort, query.order, positionOf(after, query.sort))) : where,
      )
      .orderBy(...orderByFor(query.sort, query.order))
      .limit(batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows.at(-1);
  }
}
