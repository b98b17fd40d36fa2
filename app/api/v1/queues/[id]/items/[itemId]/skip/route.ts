import { route } from "@/lib/api/route";
import { itemParamsSchema } from "@/lib/queues/api-schemas";
import { skipItem } from "@/lib/queues/submit";

export const runtime = "nodejs";

/** Releases the item; the caller is offered it again only after everything else. */
export const POST = route(
  { auth: { permission: "scores:annotate" }, params: itemParamsSchema },
  async ({ db, principal, params }) => skipItem(db, principal, params.id, params.itemId),
);
