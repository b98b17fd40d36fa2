import { route } from "@/lib/api/route";
import { listQueues } from "@/lib/scores/options";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route({ auth: { permission: "scores:read" } }, async ({ db, projectId }) => ({
  data: await listQueues(db, projectId),
}));

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
