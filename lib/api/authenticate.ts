import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiKeys, memberships } from "@/db/schema";
import { verifyApiKey, type VerifiedKey } from "@/lib/auth/api-keys";
import { readPresentedKey } from "@/lib/auth/credentials";
import { assertKeyScopeAllows } from "@/lib/auth/key-scope";
import { isForeignSiteRequest } from "@/lib/auth/request-info";
import type { Principal } from "@/lib/auth/principal";
import { API_KEY_ROLE, hasPermission, type Permission } from "@/lib/auth/roles";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError, forbidden } from "@/lib/errors";

export type AuthOptions = {
  /** Checked here as well as by the wrapper, so a refused request leaves no trace (not even "last used"). */
  permission?: Permission;
  /** Only the routes key-scope.ts names: a bare public key may create scores there. */
  allowPublicKeyOnly?: boolean;
};

/** Who is calling, before any project is chosen. */
export type Caller = { kind: "apiKey"; key: VerifiedKey } | { kind: "user"; user: SessionUser };

const NO_CREDENTIALS =
  "Authentication required: sign in, or send an API key (Basic public:secret, Bearer secret, or X-Api-Key + X-Secret-Key)";

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** An API key when the request carries one (a bad or revoked one is 401), else the session user. */
export async function authenticateCaller(
  db: Database,
  request: Request,
  options: Pick<AuthOptions, "allowPublicKeyOnly"> = {},
): Promise<Caller> {
  const presented = readPresentedKey(request.headers);
  if (presented) {
    if (presented.publicKey && !presented.secretKey && !presented.publicKeyOnly) {
      throw new AppError("unauthorized", "The API key's secret is missing (X-Secret-Key)");
    }
    const key = await verifyApiKey(db, presented);
    if (!key) throw new AppError("unauthorized", "Invalid or revoked API key");
    assertKeyScopeAllows(key.scope, options.allowPublicKeyOnly ?? false);
    return { kind: "apiKey", key };
  }
  const user = await getSessionUser(request);
  if (!user) throw new AppError("unauthorized", NO_CREDENTIALS);
  if (!READ_METHODS.has(request.method) && isForeignSiteRequest(request.headers)) {
    throw forbidden("Another site may not change data with your dashboard session");
  }
  return { kind: "user", user };
}

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
  const caller = await authenticateCaller(db, request, options);
  const principal = await principalFor(db, caller, requestedProjectId);
  if (options.permission && !hasPermission(principal.role, options.permission)) {
    throw forbidden(`Your role (${principal.role}) does not allow this`);
  }
  if (principal.kind === "apiKey") await recordKeyUse(db, principal.apiKeyId);
  return principal;
}

async function principalFor(db: Database, caller: Caller, projectId: string | undefined): Promise<Principal> {
  if (caller.kind === "apiKey") {
    const { key } = caller;
    if (projectId !== undefined && projectId !== key.projectId) {
      throw forbidden(`This API key does not belong to project ${projectId}`);
    }
    return {
      kind: "apiKey",
      apiKeyId: key.apiKeyId,
      projectId: key.projectId,
      role: API_KEY_ROLE,
      keyScope: key.scope,
    };
  }
  if (!projectId) {
    throw new AppError("bad_request", "projectId is required with a session", [
      { path: "projectId", message: "Required" },
    ]);
  }
  const [membership] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, caller.user.userId), eq(memberships.projectId, projectId)))
    .limit(1);
  if (!membership) throw forbidden(`You are not a member of project ${projectId}`);
  return { kind: "user", userId: caller.user.userId, projectId, role: membership.role };
}

const KEY_USE_RESOLUTION_MS = 60_000;
const keyUseRecordedAt = new Map<string, number>();

/**
 * "Last used" to the minute: one write per key per minute, not one per request. The process
 * remembers its own recent writes to skip the round trip; the WHERE clause covers other processes.
 */
async function recordKeyUse(db: Database, apiKeyId: string): Promise<void> {
  const now = Date.now();
  if (now - (keyUseRecordedAt.get(apiKeyId) ?? 0) < KEY_USE_RESOLUTION_MS) return;
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiKeys.id, apiKeyId),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
  keyUseRecordedAt.set(apiKeyId, now);
}
