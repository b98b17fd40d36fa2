import { formatQueue } from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { queueNotFound, reworded } from "@/lib/dialects/langfuse/upstream-messages";
import { getQueue } from "@/lib/queues/queues";

export const runtime = "nodejs";

export const GET = langfuseRoute({ permission: "scores:read" }, async ({ db, projectId, params }) =>
  formatQueue(await reworded(getQueue(db, projectId, params.queueId), queueNotFound)),
);

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
