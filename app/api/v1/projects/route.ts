import { authenticateCaller } from "@/lib/api/authenticate";
import { route } from "@/lib/api/route";
import { assertOwnPasswordChosen } from "@/lib/auth/password-change-gate";
import { forbidden } from "@/lib/errors";
import { createProject, createProjectBodySchema, listCallerProjects } from "@/lib/projects/project-list";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** The caller's projects: a user's memberships with their role, or an API key's own project. */
export const GET = route({ auth: "none" }, async ({ db, request }) => {
  const caller = await authenticateCaller(db, request);
  if (caller.kind === "user") await assertOwnPasswordChosen(db, caller.user.userId);
  return { data: await listCallerProjects(db, caller) };
});

/** A new project in the organization of `projectId`, where the caller must be admin or owner. */
export const POST = route(
  { auth: { permission: "members:manage" }, body: createProjectBodySchema },
  async ({ db, principal, body }) => {
    if (principal.kind !== "user") throw forbidden("Projects are created by people, not API keys");
    const project = await createProject(db, {
      ...body,
      fromProjectId: principal.projectId,
      ownerUserId: principal.userId,
    });
    return Response.json(project, { status: 201 });
  },
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
