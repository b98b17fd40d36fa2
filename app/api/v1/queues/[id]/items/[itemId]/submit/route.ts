import { route } from "@/lib/api/route";
import { itemParamsSchema, submitBodySchema } from "@/lib/queues/api-schemas";
import { submitItem } from "@/lib/queues/submit";
import { leftFor } from "@/lib/queues/work-item";
import { etagOf } from "@/lib/scores/write";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Writes the caller's ANNOTATION scores for the item and completes it for them. */
export const POST = route(
  { auth: { permission: "scores:annotate" }, params: itemParamsSchema, body: submitBodySchema },
  async ({ db, principal, params, body }) => {
    const result = await submitItem(db, principal, params.id, params.itemId, body);
    const progress = principal.kind === "user" ? await leftFor(db, params.id, principal.userId) : null;
    return {
      item: { id: result.item.id, status: result.item.status },
      scores: result.scores.map((row) => ({ id: row.id, configId: row.configId, etag: etagOf(row) })),
      ...progress,
    };
  },
);

export const GET = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
