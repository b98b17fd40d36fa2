import { route } from "@/lib/api/route";
import { listQueues } from "@/lib/scores/options";

export const runtime = "nodejs";

export const GET = route({ auth: { permission: "scores:read" } }, async ({ db, projectId }) => ({
  data: await listQueues(db, projectId),
}));
