import { route } from "@/lib/api/route";
import { strictListParamsParser } from "@/lib/scores/filter-codec";
import { getFacets } from "@/lib/scores/facets";
import { scoreQueryFromParams } from "@/lib/scores/score-query";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Facet counts for the same query string the list takes; paging parameters are accepted and ignored. */
export const GET = route(
  { auth: { permission: "scores:read" }, query: strictListParamsParser },
  async ({ db, projectId, query }) =>
    getFacets(db, projectId, scoreQueryFromParams(projectId, query).filters),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
