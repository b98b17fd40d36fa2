import { route } from "@/lib/api/route";
import { listMembers } from "@/lib/scores/options";

export const runtime = "nodejs";

export const GET = route({ auth: { permission: "scores:read" } }, async ({ db, projectId }) => ({
  data: await listMembers(db, projectId),
}));
