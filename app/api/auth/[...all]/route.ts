import { toNextJsHandler } from "better-auth/next-js";
import { getAuthFor } from "@/lib/auth/better-auth";

export const runtime = "nodejs";

/**
 * Better Auth's own endpoints (sign-in, sign-out, session), for API clients; the dashboard signs
 * in through server actions. The instance is chosen per request so cookies are Secure over HTTPS.
 */
export const { GET, POST } = toNextJsHandler(async (request: Request) => {
  const auth = await getAuthFor(request.headers, request.url);
  return auth.handler(request);
});
