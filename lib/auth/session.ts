/**
 * The hook for dashboard sessions. The accounts work (Better Auth) fills it in: it returns the
 * signed-in user for a request's session cookie, or null. Until then no request has a session,
 * so only API keys authenticate.
 */
export type SessionUser = { userId: string; email: string };

export type SessionResolver = (request: Request) => Promise<SessionUser | null>;

let resolveSession: SessionResolver = async () => null;

export const getSessionUser: SessionResolver = (request) => resolveSession(request);

export function setSessionResolver(resolver: SessionResolver): void {
  resolveSession = resolver;
}
