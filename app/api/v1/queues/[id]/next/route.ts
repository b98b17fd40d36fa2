import { route } from "@/lib/api/route";
import { claimBodySchema, queueParamsSchema } from "@/lib/queues/api-schemas";
import { claimNextForCaller } from "@/lib/queues/work-item";

export const runtime = "nodejs";

/**
 * Claims the caller's next item (a lease of 10 minutes) and returns it ready to show, with how
 * many items are left for them; `next` is null when none is.
 */
export const POST = route(
  { auth: { permission: "scores:annotate" }, params: queueParamsSchema, body: claimBodySchema },
  async ({ db, principal, params, body }) => claimNextForCaller(db, principal, params.id, body),
);
