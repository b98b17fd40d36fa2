import type { DatabaseHandle } from "@/db/client";
import type { ScoreRow } from "@/db/schema";
import { log } from "@/lib/log";
import { lookupNames } from "../names";
import { serializeScore } from "../serialize";
import { csvHeader, csvRecord } from "./csv";
import type { ExportRequest } from "./export-params";
import { scoreRowBatches } from "./row-batches";

/**
 * The body of an export: a pull stream, so a batch is read from the database only when the
 * client has taken the previous one (a slow client slows the query, it does not fill memory).
 * Cancelling the stream, or aborting `signal` (the client went away), stops the row iteration,
 * which closes the server-side cursor.
 */
export const exportContentTypes = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
  json: "application/json; charset=utf-8",
} as const;

function formatterOf(request: ExportRequest) {
  const { format, columns } = request;
  let first = true;
  return {
    open: format === "csv" ? csvHeader(columns) : format === "json" ? "[" : "",
    rows(batch: ReturnType<typeof serializeScore>[]): string {
      if (format === "csv") return batch.map((score) => csvRecord(score, columns)).join("");
      if (format === "jsonl") return batch.map((score) => `${JSON.stringify(score)}\n`).join("");
      const text = batch.map((score) => JSON.stringify(score)).join(",\n");
      const separator = first ? "\n" : ",\n";
      first = false;
      return separator + text;
    },
    close: (wroteRows: boolean) => (format === "json" ? (wroteRows ? "\n]\n" : "]\n") : ""),
  };
}

export type ExportStreamOptions = {
  signal?: AbortSignal;
  now?: Date;
  requestId?: string;
  batchSize?: number;
};

export function createExportStream(
  handle: DatabaseHandle,
  request: ExportRequest,
  options: ExportStreamOptions = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const formatter = formatterOf(request);
  const batches: AsyncGenerator<ScoreRow[]> = scoreRowBatches(
    handle,
    request.query,
    options.now,
    options.batchSize,
  );
  let rowsWritten = 0;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await batches.return(undefined).catch(() => undefined);
  };
  options.signal?.addEventListener("abort", () => void stop(), { once: true });

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (formatter.open) controller.enqueue(encoder.encode(formatter.open));
      },
      async pull(controller) {
        try {
          if (options.signal?.aborted) {
            await stop();
            return controller.close();
          }
          const next = await batches.next();
          if (next.done) {
            stopped = true;
            const tail = formatter.close(rowsWritten > 0);
            if (tail) controller.enqueue(encoder.encode(tail));
            return controller.close();
          }
          const names = await lookupNames(handle.db, request.query.projectId, next.value);
          const serialized = next.value.map((row) => serializeScore(row, names));
          rowsWritten += serialized.length;
          controller.enqueue(encoder.encode(formatter.rows(serialized)));
        } catch (error) {
          log.error({ err: error, requestId: options.requestId, rowsWritten }, "export failed mid-stream");
          await stop();
          controller.error(new Error("The export failed; the file is incomplete"));
        }
      },
      async cancel() {
        await stop();
      },
    },
    { highWaterMark: 1 },
  );
}
