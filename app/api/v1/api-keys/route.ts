import { route } from "@/lib/api/route";
import { createApiKey, createApiKeyBodySchema, listApiKeys } from "@/lib/projects/api-key-admin";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route({ auth: { permission: "members:manage" } }, async ({ db, projectId }) => ({
  data: await listApiKeys(db, projectId),
}));

/** 201 with `secretKey`: the only time the secret leaves the server. */
export const POST = route(
  { auth: { permission: "members:manage" }, body: createApiKeyBodySchema },
  async ({ db, principal, body }) =>
    Response.json(await createApiKey(db, principal, body.note), {
      status: 201,
      headers: { "cache-control": "no-store" },
    }),
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
