import { route } from "@/lib/api/route";
import { getComparison } from "@/lib/analytics/compare";
import { compareRequestFromParams, compareSchema } from "@/lib/analytics/compare-params";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Two score series on the same subjects: every agreement figure and a cursor page of the pairs. */
export const GET = route(
  { auth: { permission: "scores:read" }, query: compareSchema },
  async ({ db, projectId, query }) => getComparison(db, projectId, compareRequestFromParams(query)),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
