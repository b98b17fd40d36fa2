import { route } from "@/lib/api/route";
import { itemParamsSchema } from "@/lib/queues/api-schemas";
import { resetQueueItem } from "@/lib/queues/items";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Back to pending for everyone (submissions, skips and the lease cleared); scores stay. */
export const POST = route(
  { auth: { permission: "labels:manage" }, params: itemParamsSchema },
  async ({ db, projectId, params }) => {
    const row = await resetQueueItem(db, projectId, params.id, params.itemId);
    return { id: row.id, status: row.status };
  },
);

export const GET = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
