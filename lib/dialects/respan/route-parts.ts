import type { Database } from "@/db/client";
import type { ScoreRow } from "@/db/schema";
import { readJsonBody } from "@/lib/api/body";
import { AppError, notFound } from "@/lib/errors";
import { etagOf } from "@/lib/scores/etag";
import { describeTextProblem } from "@/lib/scores/json-value";
import { NOT_FOUND_DETAIL, respanBadRequest, respanErrorFormatter } from "./errors";
import { parseFilters, type FilterEntry } from "./filter-grammar";
import { loadFormatContext } from "./lookups";
import { formatScore } from "./score-format";

/** The pieces every Respan route declares: auth, the error shape, path parameters, responses. */
export const readSpec = { auth: { permission: "scores:read" }, errors: respanErrorFormatter } as const;
export const writeSpec = { auth: { permission: "scores:annotate" }, errors: respanErrorFormatter } as const;

/** A path segment no score or log can have is simply not found, as DRF answers it. */
function segment(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 255 || describeTextProblem(raw)) {
    throw notFound(NOT_FOUND_DETAIL);
  }
  return raw;
}

type RawParams = Record<string, unknown>;
export const scoreParams = (raw: unknown) => ({ id: segment((raw as RawParams).id) });
export const logParams = (raw: unknown) => ({ logId: segment((raw as RawParams).log_id) });
export const logScoreParams = (raw: unknown) => ({
  logId: segment((raw as RawParams).log_id),
  id: segment((raw as RawParams).score_id),
});

const isEmptyBodyError = (error: unknown) =>
  error instanceof AppError && error.issues?.[0]?.path === "(body)" && error.issues[0].message === "Required";

/** The filter endpoint's body `{filters, is_exporting}`; an empty body means no filter. */
export async function readFilterBody(request: Request): Promise<FilterEntry[]> {
  let raw: unknown = {};
  try {
    raw = await readJsonBody(request);
  } catch (error) {
    if (!isEmptyBodyError(error)) throw error;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw respanBadRequest('The body must be a JSON object: {"filters": {...}, "is_exporting": false}');
  }
  const body = raw as Record<string, unknown>;
  const unknown = Object.keys(body).find((key) => key !== "filters" && key !== "is_exporting");
  if (unknown)
    throw respanBadRequest(`Unknown body field '${unknown}'. The body holds filters and is_exporting`);
  if (body.is_exporting !== undefined && typeof body.is_exporting !== "boolean") {
    throw respanBadRequest("is_exporting must be true or false");
  }
  return parseFilters(body.filters);
}

/** One score with its ETag, so a client can send `If-Match` on its next PATCH. */
export async function respondWithScore(db: Database, projectId: string, row: ScoreRow, status = 200) {
  const context = await loadFormatContext(db, projectId, [row]);
  return Response.json(formatScore(row, context), { status, headers: { etag: etagOf(row) } });
}
