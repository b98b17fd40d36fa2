import { z } from "zod";
import { route } from "@/lib/api/route";
import { getAnnotatorActivity } from "@/lib/analytics/annotator-activity";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** One annotator's scores per label and per day of their latest activity. */
export const GET = route(
  { auth: { permission: "scores:read" }, params: z.object({ userId: z.string().min(1).max(255) }) },
  async ({ db, projectId, params }) => getAnnotatorActivity(db, projectId, params.userId),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
