import {
  formatQueue,
  parseCreateQueueBody,
  parseQueueListQuery,
} from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { pageMeta } from "@/lib/dialects/langfuse/pagination";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { queueCreation, reworded } from "@/lib/dialects/langfuse/upstream-messages";
import { createQueue, listQueuePage } from "@/lib/queues/queues";

export const runtime = "nodejs";

/** Newest first, as upstream. */
export const GET = langfuseRoute(
  { permission: "scores:read", query: parseQueueListQuery },
  async ({ db, projectId, query }) => {
    const { rows, total } = await listQueuePage(db, projectId, { ...query, newestFirst: true });
    return { data: rows.map(formatQueue), meta: pageMeta(query, total) };
  },
);

export const POST = langfuseRoute(
  { permission: "labels:manage", body: parseCreateQueueBody },
  async ({ db, projectId, body }) => {
    const input = { name: body.name, description: body.description, configIds: body.scoreConfigIds };
    return formatQueue(await reworded(createQueue(db, projectId, input), queueCreation));
  },
);

export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
