import { route } from "@/lib/api/route";
import { createExportStream, exportContentTypes } from "@/lib/scores/export/export-stream";
import { exportRequestOf, parseExportParams } from "@/lib/scores/export/export-params";
import { contentDisposition, exportFileName } from "@/lib/scores/export/file-name";
import { countScores } from "@/lib/scores/query";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Every row the list's filters match, in its sort, streamed as CSV, JSONL or JSON (api-native.md,
 * README "Export"). No row cap; memory stays flat. `X-Row-Estimate` is the planner's guess, for
 * a progress bar. A client that disconnects stops the query.
 */
export const GET = route(
  { auth: { permission: "scores:read" }, query: parseExportParams },
  async ({ request, handle, projectId, query, requestId }) => {
    const exportRequest = exportRequestOf(projectId, query);
    const now = new Date();
    const estimate = await countScores(handle.db, projectId, exportRequest.query.filters, "estimate", now);
    const body = createExportStream(handle, exportRequest, { signal: request.signal, now, requestId });
    return new Response(body, {
      headers: {
        "content-type": exportContentTypes[exportRequest.format],
        "content-disposition": contentDisposition(exportFileName(exportRequest, now)),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "x-row-estimate": String(estimate.total ?? 0),
      },
    });
  },
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
