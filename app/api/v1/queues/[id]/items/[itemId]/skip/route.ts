import { route } from "@/lib/api/route";
import { itemParamsSchema } from "@/lib/queues/api-schemas";
import { skipItem } from "@/lib/queues/submit";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Releases the item; the caller is offered it again only after everything else. */
export const POST = route(
  { auth: { permission: "scores:annotate" }, params: itemParamsSchema },
  async ({ db, principal, params }) => skipItem(db, principal, params.id, params.itemId),
);

export const GET = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
