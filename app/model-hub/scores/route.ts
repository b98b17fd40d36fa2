import { clientUrlOf } from "@/lib/api/request-origin";
import { route } from "@/lib/api/route";
import { futureAgiErrors } from "@/lib/dialects/futureagi/errors";
import { listScoresPage } from "@/lib/dialects/futureagi/list-scores";
import { createScoreSchema, listQuerySchema, parserOf } from "@/lib/dialects/futureagi/requests";
import { createScoreFromBody } from "@/lib/dialects/futureagi/score-writes";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** `source_type`, `source_id`, `label_id`, `annotator_id`; `page` with `page_size` or `limit`. */
export const GET = route(
  { auth: { permission: "scores:read" }, query: parserOf(listQuerySchema), errors: futureAgiErrors },
  async ({ db, projectId, query, request }) => listScoresPage(db, projectId, query, clientUrlOf(request)),
);

/** Create or update the caller's score for (source, label, queue item). */
export const POST = route(
  { auth: { permission: "scores:annotate" }, body: parserOf(createScoreSchema), errors: futureAgiErrors },
  async ({ db, principal, body }) => createScoreFromBody(db, principal, body),
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
