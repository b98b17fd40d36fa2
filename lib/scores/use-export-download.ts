import { useCallback, useRef, useState } from "react";
import { apiPath, readApiJson } from "./use-score-list";

/**
 * Downloads GET /api/v1/scores/export in the browser while counting what arrives, so a large
 * export shows its progress (rows of the known total, or of the server's estimate) and can be
 * cancelled: cancelling aborts the request, and the server stops its query. The file is handed
 * to the browser as one Blob at the end (the browser holds it meanwhile; for files of many
 * hundreds of MB the API with curl streams straight to disk).
 */
export type ExportFormat = "csv" | "jsonl" | "json";
export type ExportState =
  | { status: "idle" }
  | { status: "running"; format: ExportFormat; rows: number; total: number | null; estimated: boolean }
  | { status: "done"; rows: number; fileName: string }
  | { status: "failed"; message: string }
  | { status: "cancelled" };

const CR = 13;
const LF = 10;

/** Records in a chunk: CSV records end in CRLF (values may hold bare LFs), JSON lines in LF. */
function recordsIn(chunk: Uint8Array, format: ExportFormat): number {
  const mark = format === "csv" ? CR : LF;
  let count = 0;
  for (let i = chunk.indexOf(mark); i !== -1; i = chunk.indexOf(mark, i + 1)) count++;
  return count;
}

const fileNameOf = (response: Response, format: ExportFormat) =>
  /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `scores.${format}`;

function saveFile(parts: BlobPart[], type: string, fileName: string) {
  const href = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

export type ExportStart = {
  /** The list's query string (filters and sort), without paging. */
  query: string;
  format: ExportFormat;
  columns?: readonly string[];
  /** An exact row count the page already knows, better than the server's estimate. */
  knownTotal?: number | null;
};

export function useExportDownload(projectId: string) {
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async ({ query, format, columns, knownTotal }: ExportStart) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const search = new URLSearchParams(query);
      search.set("format", format);
      if (columns && columns.length > 0) search.set("columns", columns.join(","));
      setState({ status: "running", format, rows: 0, total: knownTotal ?? null, estimated: false });
      try {
        const response = await fetch(apiPath("scores/export", projectId, search.toString()), {
          signal: abort.signal,
        });
        if (!response.ok || !response.body) await readApiJson(response, "The export failed");
        const estimate = Number(response.headers.get("x-row-estimate"));
        const total = knownTotal ?? (Number.isFinite(estimate) && estimate > 0 ? estimate : null);
        const estimated = knownTotal == null && total !== null;
        const reader = response.body!.getReader();
        const parts: BlobPart[] = [];
        let records = 0;
        let lastPaint = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parts.push(value);
          records += recordsIn(value, format);
          if (performance.now() - lastPaint > 100) {
            lastPaint = performance.now();
            setState({ status: "running", format, rows: rowsOf(records, format), total, estimated });
          }
        }
        const fileName = fileNameOf(response, format);
        saveFile(parts, response.headers.get("content-type") ?? "application/octet-stream", fileName);
        setState({ status: "done", rows: rowsOf(records, format), fileName });
      } catch (error) {
        if (abort.signal.aborted) setState({ status: "cancelled" });
        else setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [projectId],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  return { state, start, cancel, dismiss };
}

/** CSV's header line and JSON's bracket lines (`[`, `]`, and the line break before `]`) are not rows. */
function rowsOf(records: number, format: ExportFormat): number {
  if (format === "csv") return Math.max(0, records - 1);
  if (format === "json") return Math.max(0, records - 2);
  return records;
}
