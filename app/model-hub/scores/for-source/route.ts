import { route } from "@/lib/api/route";
import { futureAgiErrors } from "@/lib/dialects/futureagi/errors";
import { listScoresForSource } from "@/lib/dialects/futureagi/list-scores";
import { forSourceQuerySchema, parserOf } from "@/lib/dialects/futureagi/requests";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Every score on one object, unpaged: what FutureAGI's SDK `get_scores` calls. */
export const GET = route(
  { auth: { permission: "scores:read" }, query: parserOf(forSourceQuerySchema), errors: futureAgiErrors },
  async ({ db, projectId, query }) => listScoresForSource(db, projectId, query),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
