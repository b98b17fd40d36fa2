import { route } from "@/lib/api/route";
import { itemParamsSchema } from "@/lib/queues/api-schemas";
import { deleteQueueItem } from "@/lib/queues/items";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Removes an item from the queue; scores written from it stay. */
export const DELETE = route(
  { auth: { permission: "labels:manage" }, params: itemParamsSchema },
  async ({ db, projectId, params }) => {
    await deleteQueueItem(db, projectId, params.id, params.itemId);
    return new Response(null, { status: 204 });
  },
);

export const GET = unsupportedMethod;
export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
