import { route } from "@/lib/api/route";
import { lookupNames } from "@/lib/scores/names";
import { parseScorePatchBody } from "@/lib/scores/parse-score-body";
import { scoreIdParamsSchema } from "@/lib/scores/score-input";
import { serializeScore } from "@/lib/scores/serialize";
import { deleteScore, etagOf, getScoreDetail, patchScore } from "@/lib/scores/write";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route(
  { auth: { permission: "scores:read" }, params: scoreIdParamsSchema },
  async ({ db, projectId, params }) => {
    const detail = await getScoreDetail(db, projectId, params.id);
    return Response.json(detail, { headers: { etag: etagOf({ updatedAt: new Date(detail.updatedAt) }) } });
  },
);

/** value, comment, metadata only; `If-Match` (ETag or updatedAt) turns a lost update into 412. */
export const PATCH = route(
  { auth: { permission: "scores:annotate" }, params: scoreIdParamsSchema, body: parseScorePatchBody },
  async ({ db, principal, projectId, params, body, request }) => {
    const row = await patchScore(db, principal, params.id, body, request.headers.get("if-match"));
    const names = await lookupNames(db, projectId, [row]);
    return Response.json(serializeScore(row, names), { headers: { etag: etagOf(row) } });
  },
);

/** `If-Match` (ETag or updatedAt) turns deleting a score someone changed meanwhile into 412. */
export const DELETE = route(
  { auth: { permission: "scores:annotate" }, params: scoreIdParamsSchema },
  async ({ db, principal, params, request }) => {
    await deleteScore(db, principal, params.id, request.headers.get("if-match"));
    return new Response(null, { status: 204 });
  },
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
