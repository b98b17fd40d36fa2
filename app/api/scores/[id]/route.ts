import { route } from "@/lib/api/route";
import { readSpec, respondWithScore, scoreParams, writeSpec } from "@/lib/dialects/respan/route-parts";
import { parsePatchBody, parseScoreBody } from "@/lib/dialects/respan/score-body";
import { deleteRespanScore, patchRespanScore, retrieveRespanScore } from "@/lib/dialects/respan/score-edits";
import { replaceRespanScore } from "@/lib/dialects/respan/score-writes";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** One score with its `evaluator` and `inputs`. */
export const GET = route({ ...readSpec, params: scoreParams }, async ({ db, projectId, params }) =>
  retrieveRespanScore(db, projectId, params.id),
);

/** Changes only the value fields (and metadata) sent; `If-Match` guards against lost updates. */
export const PATCH = route(
  { ...writeSpec, params: scoreParams, body: parsePatchBody },
  async ({ db, principal, projectId, params, body, request }) => {
    const target = { id: params.id, ifMatch: request.headers.get("if-match") };
    return respondWithScore(db, projectId, await patchRespanScore({ db, principal }, target, body));
  },
);

/** Replaces every Respan field; the evaluator, log and scorer may be repeated but not changed. */
export const PUT = route(
  { ...writeSpec, params: scoreParams, body: parseScoreBody },
  async ({ db, principal, projectId, params, body }) =>
    respondWithScore(db, projectId, await replaceRespanScore({ db, principal }, params.id, body)),
);

export const DELETE = route(
  { ...writeSpec, params: scoreParams },
  async ({ db, principal, params, request }) => {
    await deleteRespanScore({ db, principal }, { id: params.id, ifMatch: request.headers.get("if-match") });
    return new Response(null, { status: 204 });
  },
);

export const POST = unsupportedMethod;
