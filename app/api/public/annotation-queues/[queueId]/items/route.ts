import {
  formatQueueItem,
  parseCreateItemBody,
  parseItemListQuery,
} from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { pageMeta } from "@/lib/dialects/langfuse/pagination";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { createQueueItem, listQueueItems } from "@/lib/queues/items";

export const runtime = "nodejs";

export const GET = langfuseRoute(
  { permission: "scores:read", query: parseItemListQuery },
  async ({ db, projectId, params, query }) => {
    const { rows, total } = await listQueueItems(db, projectId, params.queueId, query);
    return { data: rows.map(formatQueueItem), meta: pageMeta(query, total) };
  },
);

export const POST = langfuseRoute(
  { permission: "labels:manage", body: parseCreateItemBody },
  async ({ db, projectId, params, body }) =>
    formatQueueItem(await createQueueItem(db, projectId, params.queueId, body)),
);

export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
