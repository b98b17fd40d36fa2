import { route } from "@/lib/api/route";
import { patchQueueBodySchema, queueParamsSchema } from "@/lib/queues/api-schemas";
import { setQueueAssignees } from "@/lib/queues/assignments";
import { getQueueDetail } from "@/lib/queues/queue-detail";
import { deleteQueue, updateQueue } from "@/lib/queues/queues";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route(
  { auth: { permission: "scores:read" }, params: queueParamsSchema },
  async ({ db, projectId, params }) => getQueueDetail(db, projectId, params.id),
);

export const PATCH = route(
  { auth: { permission: "labels:manage" }, params: queueParamsSchema, body: patchQueueBodySchema },
  async ({ db, projectId, params, body }) => {
    const { annotatorIds, ...patch } = body;
    await updateQueue(db, projectId, params.id, patch);
    if (annotatorIds) await setQueueAssignees(db, projectId, params.id, annotatorIds);
    return getQueueDetail(db, projectId, params.id);
  },
);

/** Deletes the queue and its items; scores written from it stay. */
export const DELETE = route(
  { auth: { permission: "labels:manage" }, params: queueParamsSchema },
  async ({ db, projectId, params }) => {
    await deleteQueue(db, projectId, params.id);
    return new Response(null, { status: 204 });
  },
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
