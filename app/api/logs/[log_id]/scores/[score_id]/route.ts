import { route } from "@/lib/api/route";
import { logScoreParams, readSpec, respondWithScore, writeSpec } from "@/lib/dialects/respan/route-parts";
import { parsePatchBody, parseScoreBody } from "@/lib/dialects/respan/score-body";
import { deleteRespanScore, patchRespanScore, retrieveRespanScore } from "@/lib/dialects/respan/score-edits";
import { replaceRespanScore } from "@/lib/dialects/respan/score-writes";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** A score of this log; a score of another log is 404 here. */
export const GET = route({ ...readSpec, params: logScoreParams }, async ({ db, projectId, params }) =>
  retrieveRespanScore(db, projectId, params.id, params.logId),
);

export const PATCH = route(
  { ...writeSpec, params: logScoreParams, body: parsePatchBody },
  async ({ db, principal, projectId, params, body, request }) => {
    const target = { id: params.id, logId: params.logId, ifMatch: request.headers.get("if-match") };
    return respondWithScore(db, projectId, await patchRespanScore({ db, principal }, target, body));
  },
);

export const PUT = route(
  { ...writeSpec, params: logScoreParams, body: parseScoreBody },
  async ({ db, principal, projectId, params, body }) =>
    respondWithScore(
      db,
      projectId,
      await replaceRespanScore({ db, principal }, params.id, body, params.logId),
    ),
);

export const DELETE = route(
  { ...writeSpec, params: logScoreParams },
  async ({ db, principal, params, request }) => {
    await deleteRespanScore(
      { db, principal },
      { id: params.id, logId: params.logId, ifMatch: request.headers.get("if-match") },
    );
    return new Response(null, { status: 204 });
  },
);

export const POST = unsupportedMethod;
