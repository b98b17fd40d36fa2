import { route } from "@/lib/api/route";
import { listMyQueues } from "@/lib/queues/my-work";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** The caller's queues in the project with what is left for them (empty for viewers and API keys). */
export const GET = route({ auth: { permission: "scores:read" } }, async ({ db, principal }) => ({
  data:
    principal.kind === "user"
      ? await listMyQueues(db, principal.projectId, principal.userId, principal.role)
      : [],
}));

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
