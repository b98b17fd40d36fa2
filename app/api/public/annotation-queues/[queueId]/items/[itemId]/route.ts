import { formatQueueItem, parseUpdateItemBody } from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import {
  itemNotFound,
  QUEUE_ITEM_DELETED,
  queueNotFound,
  reworded,
} from "@/lib/dialects/langfuse/upstream-messages";
import { deleteQueueItem, getQueueItem, updateQueueItemStatus } from "@/lib/queues/items";
import { getQueue } from "@/lib/queues/queues";
import type { Database } from "@/db/client";

export const runtime = "nodejs";

/** Upstream answers an unknown queue and an unknown item with different messages. */
async function withItem<T>(db: Database, projectId: string, queueId: string, work: () => Promise<T>) {
  await reworded(getQueue(db, projectId, queueId), queueNotFound);
  return reworded(work(), itemNotFound);
}

export const GET = langfuseRoute({ permission: "scores:read" }, async ({ db, projectId, params }) => {
  const { queueId, itemId } = params;
  return formatQueueItem(
    await withItem(db, projectId, queueId, () => getQueueItem(db, projectId, queueId, itemId)),
  );
});

/** Annotators complete and reopen items; without `status` the item is returned unchanged. */
export const PATCH = langfuseRoute(
  { permission: "scores:annotate", body: parseUpdateItemBody },
  async ({ db, projectId, params, body }) => {
    const { queueId, itemId } = params;
    const row = await withItem(db, projectId, queueId, () =>
      body.status
        ? updateQueueItemStatus(db, projectId, queueId, itemId, body.status)
        : getQueueItem(db, projectId, queueId, itemId),
    );
    return formatQueueItem(row);
  },
);

export const DELETE = langfuseRoute({ permission: "labels:manage" }, async ({ db, projectId, params }) => {
  const { queueId, itemId } = params;
  await withItem(db, projectId, queueId, () => deleteQueueItem(db, projectId, queueId, itemId));
  return { success: true, message: QUEUE_ITEM_DELETED };
});

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;

export const OPTIONS = corsPreflight;
