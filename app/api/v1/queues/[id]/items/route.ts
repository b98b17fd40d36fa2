import { route } from "@/lib/api/route";
import { addItemsBodySchema, itemListQuerySchema, queueParamsSchema } from "@/lib/queues/api-schemas";
import { listItemsForLead } from "@/lib/queues/item-list";
import { addQueueItems } from "@/lib/queues/items";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route(
  { auth: { permission: "scores:read" }, params: queueParamsSchema, query: itemListQuerySchema },
  async ({ db, projectId, params, query }) => listItemsForLead(db, projectId, params.id, query),
);

/** Adds subjects; one already in the queue is not added again. */
export const POST = route(
  { auth: { permission: "labels:manage" }, params: queueParamsSchema, body: addItemsBodySchema },
  async ({ db, projectId, params, body }) => {
    const { added, alreadyInQueue } = await addQueueItems(db, projectId, params.id, body.items);
    return Response.json({ added, alreadyInQueue }, { status: added > 0 ? 201 : 200 });
  },
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
