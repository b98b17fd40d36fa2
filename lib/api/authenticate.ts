import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships } from "@/db/schema";
import { verifyApiKey } from "@/lib/auth/api-keys";
import { readPresentedKey } from "@/lib/auth/credentials";
import type { Principal } from "@/lib/auth/principal";
import { API_KEY_ROLE } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { AppError, forbidden } from "@/lib/errors";

export type AuthOptions = {
  /** Langfuse lets a bare public key create scores; nowhere else is that enough. */
  allowPublicKeyOnly?: boolean;
};

/**
 * An API key fixes the project; a `projectId` that names another project is 403.
 * A session user needs `projectId` and a membership in that project.
 */
export async function authenticate(
  db: Database,
  request: Request,
  requestedProjectId: string | undefined,
  options: AuthOptions = {},
): Promise<Principal> {
  const presented = readPresentedKey(request.headers);
  if (presented) {
    const key = await verifyApiKey(db, presented, { allowPublicOnly: options.allowPublicKeyOnly });
    if (!key) throw new AppError("unauthorized", "Invalid or revoked API key");
    if (requestedProjectId !== undefined && requestedProjectId !== key.projectId) {
      throw forbidden(`This API key does not belong to project ${requestedProjectId}`);
    }
    return { kind: "apiKey", apiKeyId: key.apiKeyId, projectId: key.projectId, role: API_KEY_ROLE };
  }

  const user = await getSessionUser(request);
  if (!user) {
    throw new AppError(
      "unauthorized",
      "Authentication required: send an API key (Basic public:secret, Bearer secret, or X-Api-Key + X-Secret-Key)",
    );
  }
  if (!requestedProjectId)
    throw new AppError("bad_request", "projectId is required with a session", [
      { path: "projectId", message: "Required" },
    ]);
  const [membership] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, user.userId), eq(memberships.projectId, requestedProjectId)))
    .limit(1);
  if (!membership) throw forbidden(`You are not a member of project ${requestedProjectId}`);
  return { kind: "user", userId: user.userId, projectId: requestedProjectId, role: membership.role };
}
