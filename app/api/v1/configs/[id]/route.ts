import { route } from "@/lib/api/route";
import { updateLabel } from "@/lib/labels/write-labels";
import { patchLabelBodySchema, queueParamsSchema } from "@/lib/queues/api-schemas";
import { labelJson } from "@/lib/queues/queue-detail";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Description, name and archiving change freely; range, step and categories only while unscored. */
export const PATCH = route(
  { auth: { permission: "labels:manage" }, params: queueParamsSchema, body: patchLabelBodySchema },
  async ({ db, projectId, params, body }) => {
    const { dataType: _never, ...patch } = body;
    return labelJson(await updateLabel(db, projectId, params.id, patch));
  },
);

export const GET = unsupportedMethod;
export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const DELETE = unsupportedMethod;
