import { route } from "@/lib/api/route";
import { claimBodySchema, queueParamsSchema } from "@/lib/queues/api-schemas";
import { claimNextForCaller } from "@/lib/queues/work-item";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/**
 * Claims the caller's next item (a lease of 10 minutes) and returns it ready to show, with how
 * many items are left for them; `next` is null when none is.
 */
export const POST = route(
  { auth: { permission: "scores:annotate" }, params: queueParamsSchema, body: claimBodySchema },
  async ({ db, principal, params, body }) => claimNextForCaller(db, principal, params.id, body),
);

export const GET = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
