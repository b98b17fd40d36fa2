import { route } from "@/lib/api/route";
import { itemParamsSchema } from "@/lib/queues/api-schemas";
import { workerOf } from "@/lib/queues/access";
import { releaseItem } from "@/lib/queues/claim";
import { getQueueItem } from "@/lib/queues/items";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Gives up the caller's lease (leaving the workspace); another person's lease is untouched. */
export const POST = route(
  { auth: { permission: "scores:annotate" }, params: itemParamsSchema },
  async ({ db, principal, params }) => {
    const worker = workerOf(principal);
    await getQueueItem(db, worker.projectId, params.id, params.itemId);
    await releaseItem(db, params.id, params.itemId, worker.userId);
    return new Response(null, { status: 204 });
  },
);

export const GET = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
