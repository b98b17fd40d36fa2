import { clientUrlOf } from "@/lib/api/request-origin";
import { route } from "@/lib/api/route";
import { futureAgiErrors } from "@/lib/dialects/futureagi/errors";
import { listLabelsPage } from "@/lib/dialects/futureagi/labels";
import { labelsQuerySchema, parserOf } from "@/lib/dialects/futureagi/requests";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Labels are Scorelens score configs; this surface reads them (create them in the dashboard or /api/v1). */
export const GET = route(
  { auth: { permission: "scores:read" }, query: parserOf(labelsQuerySchema), errors: futureAgiErrors },
  async ({ db, projectId, query, request }) => listLabelsPage(db, projectId, query, clientUrlOf(request)),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
