import { getAuthFor } from "./better-auth";
import { hasSessionCookie } from "./cookie-names";

/** The signed-in person behind a dashboard session cookie. */
export type SessionUser = { userId: string; email: string; name: string };

/**
 * Resolves a session cookie through Better Auth: signature, expiry and the session row are all
 * checked, so a signed-out or expired session is null at once.
 */
export async function getSessionUserFromHeaders(headers: Headers, url?: string): Promise<SessionUser | null> {
  if (!hasSessionCookie(headers)) return null;
  const auth = await getAuthFor(headers, url);
  const result = await auth.api.getSession({ headers });
  if (!result) return null;
  return { userId: result.user.id, email: result.user.email, name: result.user.name };
}

export const getSessionUser = (request: Request): Promise<SessionUser | null> =>
  getSessionUserFromHeaders(request.headers, request.url);
