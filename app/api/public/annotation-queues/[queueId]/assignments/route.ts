import { parseAssignmentBody } from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { queueNotFound, reworded } from "@/lib/dialects/langfuse/upstream-messages";
import { assignToQueue, unassignFromQueue } from "@/lib/queues/assignments";

export const runtime = "nodejs";

/** POST assigns a project member to the queue → `{userId, queueId, projectId}`; DELETE → `{success}`. */
export const POST = langfuseRoute(
  { permission: "labels:manage", body: parseAssignmentBody },
  async ({ db, projectId, params, body }) =>
    reworded(assignToQueue(db, projectId, params.queueId, body.userId), queueNotFound),
);

export const DELETE = langfuseRoute(
  { permission: "labels:manage", body: parseAssignmentBody },
  async ({ db, projectId, params, body }) =>
    reworded(unassignFromQueue(db, projectId, params.queueId, body.userId), queueNotFound),
);

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;

export const OPTIONS = corsPreflight;
