import { formatQueueItem, parseUpdateItemBody } from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { deleteQueueItem, getQueueItem, updateQueueItemStatus } from "@/lib/queues/items";

export const runtime = "nodejs";

export const GET = langfuseRoute({ permission: "scores:read" }, async ({ db, projectId, params }) =>
  formatQueueItem(await getQueueItem(db, projectId, params.queueId, params.itemId)),
);

/** Annotators complete and reopen items; without `status` the item is returned unchanged. */
export const PATCH = langfuseRoute(
  { permission: "scores:annotate", body: parseUpdateItemBody },
  async ({ db, projectId, params, body }) => {
    const { queueId, itemId } = params;
    const row = body.status
      ? await updateQueueItemStatus(db, projectId, queueId, itemId, body.status)
      : await getQueueItem(db, projectId, queueId, itemId);
    return formatQueueItem(row);
  },
);

export const DELETE = langfuseRoute({ permission: "labels:manage" }, async ({ db, projectId, params }) => {
  await deleteQueueItem(db, projectId, params.queueId, params.itemId);
  return { success: true, message: "Annotation queue item deleted" };
});

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;

export const OPTIONS = corsPreflight;
