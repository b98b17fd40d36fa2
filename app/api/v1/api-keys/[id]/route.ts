import { route } from "@/lib/api/route";
import { apiKeyParamsSchema, revokeApiKey } from "@/lib/projects/api-key-admin";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Revokes the key: every later request with it is 401. */
export const DELETE = route(
  { auth: { permission: "members:manage" }, params: apiKeyParamsSchema },
  async ({ db, projectId, params }) => {
    await revokeApiKey(db, projectId, params.id);
    return new Response(null, { status: 204 });
  },
);

export const GET = unsupportedMethod;
export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
