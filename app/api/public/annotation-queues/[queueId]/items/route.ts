import {
  formatQueueItem,
  parseCreateItemBody,
  parseItemListQuery,
} from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { pageMeta } from "@/lib/dialects/langfuse/pagination";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { queueNotFound, reworded } from "@/lib/dialects/langfuse/upstream-messages";
import { createQueueItem, listQueueItems } from "@/lib/queues/items";

export const runtime = "nodejs";

export const GET = langfuseRoute(
  { permission: "scores:read", query: parseItemListQuery },
  async ({ db, projectId, params, query }) => {
    const listing = listQueueItems(db, projectId, params.queueId, query);
    const { rows, total } = await reworded(listing, queueNotFound);
    return { data: rows.map(formatQueueItem), meta: pageMeta(query, total) };
  },
);

export const POST = langfuseRoute(
  { permission: "labels:manage", body: parseCreateItemBody },
  async ({ db, projectId, params, body }) =>
    formatQueueItem(await reworded(createQueueItem(db, projectId, params.queueId, body), queueNotFound)),
);

export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
