import { route } from "@/lib/api/route";
import { listConfigs } from "@/lib/scores/options";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route({ auth: { permission: "scores:read" } }, async ({ db, projectId }) => ({
  data: await listConfigs(db, projectId),
}));

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
