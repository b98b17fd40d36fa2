import { route } from "@/lib/api/route";
import { parseListQuery } from "@/lib/dialects/respan/list-params";
import { listRespanScores } from "@/lib/dialects/respan/list-scores";
import { logParams, readSpec, respondWithScore, writeSpec } from "@/lib/dialects/respan/route-parts";
import { parseScoreBody } from "@/lib/dialects/respan/score-body";
import { upsertRespanScore } from "@/lib/dialects/respan/score-writes";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** The scores of one log (observation), in DRF pages. */
export const GET = route({ ...readSpec, params: logParams, query: parseListQuery }, async (context) =>
  listRespanScores({ ...context, params: context.query, logId: context.params.logId }),
);

/** Create or update the score of (this log, evaluator, caller): 201 when created, 200 when updated. */
export const POST = route(
  { ...writeSpec, params: logParams, body: parseScoreBody },
  async ({ db, principal, projectId, params, body }) => {
    const { row, created } = await upsertRespanScore({ db, principal }, body, params.logId);
    return respondWithScore(db, projectId, row, created ? 201 : 200);
  },
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
