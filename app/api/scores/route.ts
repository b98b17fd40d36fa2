import { route } from "@/lib/api/route";
import { parseListQuery } from "@/lib/dialects/respan/list-params";
import { listRespanScores } from "@/lib/dialects/respan/list-scores";
import { readSpec, respondWithScore, writeSpec } from "@/lib/dialects/respan/route-parts";
import { parseScoreBody } from "@/lib/dialects/respan/score-body";
import { upsertRespanScore } from "@/lib/dialects/respan/score-writes";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Respan's list: DRF pages with `page`, `page_size`, `sort_by`, `start_time`, `end_time`, `environment`. */
export const GET = route(
  { ...readSpec, query: parseListQuery },
  async ({ db, projectId, url, query, request }) =>
    listRespanScores({ db, projectId, request, url, params: query }),
);

/** Create: 201, or 200 when the score of (log, evaluator, scorer) already existed and was updated. */
export const POST = route(
  { ...writeSpec, body: parseScoreBody },
  async ({ db, principal, projectId, body }) => {
    const { row, created } = await upsertRespanScore({ db, principal }, body);
    return respondWithScore(db, projectId, row, created ? 201 : 200);
  },
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
