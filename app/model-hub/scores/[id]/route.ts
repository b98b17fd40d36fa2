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

/** PUT needs `value`; both change value, notes and score_source and extend value_history. */
export const PUT = route(
  { auth: { permission: "scores:annotate" }, params, body: parserOf(putScoreSchema), errors },
  async ({ db, principal, params, body }) => updateScoreFromBody(db, principal, params.id, body),
);

export const PATCH = route(
  { auth: { permission: "scores:annotate" }, params, body: parserOf(patchScoreSchema), errors },
  async ({ db, principal, params, body }) => updateScoreFromBody(db, principal, params.id, body),
);

export const DELETE = route(
  { auth: { permission: "scores:annotate" }, params, errors },
  async ({ db, principal, params }) => deleteScoreById(db, principal, params.id),
);

export const POST = unsupportedMethod;
