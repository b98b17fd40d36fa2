import { route } from "@/lib/api/route";
import { updateViewBodySchema, viewParamsSchema } from "@/lib/views/view-input";
import { deleteView, peopleOnly, updateView } from "@/lib/views/views";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Rename, or point at the current query; the author or a project admin. */
export const PATCH = route(
  {
    auth: { permission: "scores:read", assertAllowed: peopleOnly },
    params: viewParamsSchema,
    body: updateViewBodySchema,
  },
  async ({ db, principal, params, body }) => updateView(db, principal, params.id, body),
);

export const DELETE = route(
  { auth: { permission: "scores:read", assertAllowed: peopleOnly }, params: viewParamsSchema },
  async ({ db, principal, params }) => {
    await deleteView(db, principal, params.id);
    return new Response(null, { status: 204 });
  },
);

export const GET = unsupportedMethod;
export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
