import { route } from "@/lib/api/route";
import { normalizeFilters } from "@/lib/dialects/respan/filter-grammar";
import { parseListQuery } from "@/lib/dialects/respan/list-params";
import { listRespanScores } from "@/lib/dialects/respan/list-scores";
import { readFilterBody, readSpec } from "@/lib/dialects/respan/route-parts";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/**
 * The filter endpoint: paging in the query, `{"filters": {...}}` in the body. `next` repeats
 * the query with another page; follow it with the same body.
 */
export const POST = route(
  { ...readSpec, query: parseListQuery },
  async ({ db, projectId, url, query, request }) => {
    const filters = await readFilterBody(request);
    const page = await listRespanScores({ db, projectId, request, url, params: query, filters });
    return { ...page, current_filters: normalizeFilters(filters) };
  },
);

/** Older Respan clients list with GET on this path; it is the plain list. */
export const GET = route(
  { ...readSpec, query: parseListQuery },
  async ({ db, projectId, url, query, request }) =>
    listRespanScores({ db, projectId, request, url, params: query }),
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
