import { parseAssignmentBody } from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { getQueue } from "@/lib/queues/queues";

export const runtime = "nodejs";

/**
 * Queue assignments need a table Scorelens does not have yet (docs/compatibility.md): the
 * request is authenticated and checked, then answered 501 so no client believes it was stored.
 */
const notYetSupported = () =>
  Response.json(
    {
      message: "Annotation queue assignments are not supported by this Scorelens version",
      error: "NotImplementedError",
    },
    { status: 501 },
  );

export const POST = langfuseRoute(
  { permission: "labels:manage", body: parseAssignmentBody },
  async ({ db, projectId, params }) => {
    await getQueue(db, projectId, params.queueId);
    return notYetSupported();
  },
);

export const DELETE = POST;

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;

export const OPTIONS = corsPreflight;
