import { route } from "@/lib/api/route";
import { changeMemberBodySchema, memberParamsSchema } from "@/lib/projects/member-input";
import { changeMemberRole, removeMember } from "@/lib/projects/members";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const PATCH = route(
  { auth: { permission: "members:manage" }, params: memberParamsSchema, body: changeMemberBodySchema },
  async ({ db, principal, params, body }) => changeMemberRole(db, principal, params.userId, body.role),
);

export const DELETE = route(
  { auth: { permission: "members:manage" }, params: memberParamsSchema },
  async ({ db, principal, params }) => {
    await removeMember(db, principal, params.userId);
    return new Response(null, { status: 204 });
  },
);

export const GET = unsupportedMethod;
export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
