import { parseAssignmentBody } from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { assignToQueue, unassignFromQueue } from "@/lib/queues/assignments";

export const runtime = "nodejs";

/** POST assigns a project member to the queue → `{userId, queueId, projectId}`; DELETE → `{success}`. */
export const POST = langfuseRoute(
  { permission: "labels:manage", body: parseAssignmentBody },
  async ({ db, projectId, params, body }) => assignToQueue(db, projectId, params.queueId, body.userId),
);

export const DELETE = langfuseRoute(
  { permission: "labels:manage", body: parseAssignmentBody },
  async ({ db, projectId, params, body }) => unassignFromQueue(db, projectId, params.queueId, body.userId),
);

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;

export const OPTIONS = corsPreflight;
