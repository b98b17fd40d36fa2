import { route } from "@/lib/api/route";
import { listMyQueues } from "@/lib/queues/my-work";

export const runtime = "nodejs";

/** The caller's queues in the project with what is left for them (empty for viewers and API keys). */
export const GET = route({ auth: { permission: "scores:read" } }, async ({ db, principal }) => ({
  data:
    principal.kind === "user"
      ? await listMyQueues(db, principal.projectId, principal.userId, principal.role)
      : [],
}));
