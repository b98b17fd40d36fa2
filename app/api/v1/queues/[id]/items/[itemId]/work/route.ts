import { route } from "@/lib/api/route";
import { itemParamsSchema } from "@/lib/queues/api-schemas";
import { getItemForCaller } from "@/lib/queues/work-item";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** One item as the workspace shows it to the caller (history); takes no lease. */
export const GET = route(
  { auth: { permission: "scores:annotate" }, params: itemParamsSchema },
  async ({ db, principal, params }) => getItemForCaller(db, principal, params.id, params.itemId),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
