import { route } from "@/lib/api/route";
import { itemParamsSchema } from "@/lib/queues/api-schemas";
import { deleteQueueItem } from "@/lib/queues/items";

export const runtime = "nodejs";

/** Removes an item from the queue; scores written from it stay. */
export const DELETE = route(
  { auth: { permission: "labels:manage" }, params: itemParamsSchema },
  async ({ db, projectId, params }) => {
    await deleteQueueItem(db, projectId, params.id, params.itemId);
    return new Response(null, { status: 204 });
  },
);
