import { route } from "@/lib/api/route";
import { createQueueBodySchema } from "@/lib/queues/api-schemas";
import { setQueueAssignees } from "@/lib/queues/assignments";
import { getQueueDetail } from "@/lib/queues/queue-detail";
import { createQueue } from "@/lib/queues/queues";
import { listQueues } from "@/lib/scores/options";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route({ auth: { permission: "scores:read" } }, async ({ db, projectId }) => ({
  data: await listQueues(db, projectId),
}));

export const POST = route(
  { auth: { permission: "labels:manage" }, body: createQueueBodySchema },
  async ({ db, projectId, body }) => {
    const { annotatorIds, ...input } = body;
    const queue = await createQueue(db, projectId, input);
    if (annotatorIds) await setQueueAssignees(db, projectId, queue.id, annotatorIds);
    return Response.json(await getQueueDetail(db, projectId, queue.id), { status: 201 });
  },
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
