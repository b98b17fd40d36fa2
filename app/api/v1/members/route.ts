import { route } from "@/lib/api/route";
import { addMemberBodySchema } from "@/lib/projects/member-input";
import { addMember } from "@/lib/projects/members";
import { listMembers } from "@/lib/scores/options";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route({ auth: { permission: "scores:read" } }, async ({ db, projectId }) => ({
  data: await listMembers(db, projectId),
}));

/** 201 `{member, oneTimePassword}`: the password is set only for an account made here, and shown once. */
export const POST = route(
  { auth: { permission: "members:manage" }, body: addMemberBodySchema },
  async ({ db, principal, body }) => Response.json(await addMember(db, principal, body), { status: 201 }),
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
