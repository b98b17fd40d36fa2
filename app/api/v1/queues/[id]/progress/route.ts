import { z } from "zod";
import { route } from "@/lib/api/route";
import { getQueueProgress } from "@/lib/analytics/queue-progress";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route(
  { auth: { permission: "scores:read" }, params: z.object({ id: z.string().min(1).max(255) }) },
  async ({ db, projectId, params }) => getQueueProgress(db, projectId, params.id),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
