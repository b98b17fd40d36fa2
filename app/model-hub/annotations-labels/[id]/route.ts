import { route } from "@/lib/api/route";
import { futureAgiErrors } from "@/lib/dialects/futureagi/errors";
import { getLabel } from "@/lib/dialects/futureagi/labels";
import { labelQuerySchema, parserOf, scoreIdParamsSchema } from "@/lib/dialects/futureagi/requests";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route(
  {
    auth: { permission: "scores:read" },
    params: parserOf(scoreIdParamsSchema),
    query: parserOf(labelQuerySchema),
    errors: futureAgiErrors,
  },
  async ({ db, projectId, params, query }) =>
    getLabel(db, projectId, params.id, query.include_usage_count ?? false),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
