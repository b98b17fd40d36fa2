import { route } from "@/lib/api/route";
import { futureAgiErrors } from "@/lib/dialects/futureagi/errors";
import {
  parserOf,
  patchScoreSchema,
  putScoreSchema,
  scoreIdParamsSchema,
} from "@/lib/dialects/futureagi/requests";
import { deleteScoreById, getScoreJson, updateScoreFromBody } from "@/lib/dialects/futureagi/score-writes";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

const params = parserOf(scoreIdParamsSchema);
const errors = futureAgiErrors;

export const GET = route(
  { auth: { permission: "scores:read" }, params, errors },
  async ({ db, projectId, params }) => getScoreJson(db, projectId, params.id),
);

/**
 * PUT needs `value`; both change value, notes and score_source and extend value_history.
 * `If-Match` (the score's `updated_at`, or the ETag the native API gives) makes a stale write 412.
 */
export const PUT = route(
  { auth: { permission: "scores:annotate" }, params, body: parserOf(putScoreSchema), errors },
  async ({ db, principal, params, body, request }) =>
    updateScoreFromBody(db, principal, params.id, body, request.headers.get("if-match")),
);

export const PATCH = route(
  { auth: { permission: "scores:annotate" }, params, body: parserOf(patchScoreSchema), errors },
  async ({ db, principal, params, body, request }) =>
    updateScoreFromBody(db, principal, params.id, body, request.headers.get("if-match")),
);

export const DELETE = route(
  { auth: { permission: "scores:annotate" }, params, errors },
  async ({ db, principal, params, request }) =>
    deleteScoreById(db, principal, params.id, request.headers.get("if-match")),
);

export const POST = unsupportedMethod;
