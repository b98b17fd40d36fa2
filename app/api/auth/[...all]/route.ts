import { toNextJsHandler } from "better-auth/next-js";
import { getAuthFor } from "@/lib/auth/better-auth";
import { withClientAddress } from "@/lib/auth/request-info";

export const runtime = "nodejs";

/**
 * Better Auth's own endpoints (sign-in, sign-out, session), for API clients; the dashboard signs
 * in through server actions. The instance is chosen per request so cookies are Secure over HTTPS.
 * Better Auth sees the client address resolved from the socket (and trusted proxies only), and
 * its rate limiter's 429 gets the standard Retry-After beside its own X-Retry-After.
 */
export const { GET, POST } = toNextJsHandler(async (request: Request) => {
  const auth = await getAuthFor(request.headers, request.url);
  const response = await auth.handler(new Request(request, { headers: withClientAddress(request.headers) }));
  return withRetryAfter(response);
});

function withRetryAfter(response: Response): Response {
  if (response.status !== 429 || response.headers.has("retry-after")) return response;
  const headers = new Headers(response.headers);
  const seconds = Number(response.headers.get("x-retry-after"));
  headers.set("retry-after", String(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
