import { route } from "@/lib/api/route";
import { itemParamsSchema } from "@/lib/queues/api-schemas";
import { getItemForCaller } from "@/lib/queues/work-item";

export const runtime = "nodejs";

/** One item as the workspace shows it to the caller (history); takes no lease. */
export const GET = route(
  { auth: { permission: "scores:annotate" }, params: itemParamsSchema },
  async ({ db, principal, params }) => getItemForCaller(db, principal, params.id, params.itemId),
);
