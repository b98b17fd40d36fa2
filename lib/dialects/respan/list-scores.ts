import type { Database } from "@/db/client";
import { requestOrigin } from "@/lib/api/request-origin";
import { notFound } from "@/lib/errors";
import type { ScoreCondition } from "@/lib/scores/conditions";
import { countScores, listScores } from "@/lib/scores/query";
import type { ScoreQuery } from "@/lib/scores/score-query";
import { allOf, equals } from "./condition-builders";
import { INVALID_PAGE_DETAIL } from "./errors";
import { compileFilters, lookupsNeeded } from "./filter-compile";
import { fieldsOf, type FilterEntry } from "./filter-grammar";
import type { RespanListParams } from "./list-params";
import { loadCompileContext, loadFormatContext } from "./lookups";
import { buildPageLinks } from "./pagination";
import { formatScore } from "./score-format";

/**
 * One DRF page of Respan scores: `{count, next, previous, results}`. `count` is the exact number
 * of matches (DRF's meaning); a page past the last one is DRF's 404 "Invalid page.".
 */
export type ListRequest = {
  db: Database;
  projectId: string;
  request: Request;
  url: URL;
  params: RespanListParams;
  filters?: FilterEntry[];
  /** Log-scoped lists: only the scores of this log (observation). */
  logId?: string;
};

async function buildWhere(request: ListRequest): Promise<ScoreCondition | undefined> {
  const { db, projectId, params, filters = [], logId } = request;
  const parts: ScoreCondition[] = [];
  if (logId !== undefined) parts.push(equals("observationId", logId));
  if (params.window) parts.push(params.window);
  if (filters.length > 0) {
    const context = await loadCompileContext(db, projectId, lookupsNeeded(fieldsOf(filters)));
    parts.push(compileFilters(filters, context));
  }
  return parts.length > 0 ? allOf(...parts) : undefined;
}

export async function listRespanScores(request: ListRequest) {
  const { db, projectId, params } = request;
  const query: ScoreQuery = {
    projectId,
    filters: { environment: params.environment, where: await buildWhere(request) },
    sort: params.sort,
    order: params.order,
    limit: params.pageSize,
    page: params.page,
    count: "exact",
  };
  const now = new Date();
  const [page, total] = await Promise.all([
    listScores(db, query, now),
    countScores(db, projectId, query.filters, query.count, now),
  ]);
  if (params.page > 1 && page.rows.length === 0) throw notFound(INVALID_PAGE_DETAIL);
  const context = await loadFormatContext(db, projectId, page.rows);
  const count = total.total ?? 0;
  const origin = requestOrigin(request.request);
  const links = buildPageLinks(request.url, { page: params.page, pageSize: params.pageSize, count }, origin);
  return { count, ...links, results: page.rows.map((row) => formatScore(row, context)) };
}
