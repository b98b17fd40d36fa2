import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie, REQUEST_PATH_HEADER } from "@/lib/auth/cookie-names";
import { loginPathFor } from "@/lib/auth/return-path";

/**
 * In front of every dashboard page. Without a session cookie: straight to /login with the page
 * to come back to. With one: the page's layout verifies the session (this only looks at the
 * cookie), and gets the requested path in a header so it can send an expired session back here too.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requested = `${pathname}${search}`;
  if (!hasSessionCookie(request.headers)) {
    return NextResponse.redirect(new URL(loginPathFor(requested), request.url));
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, requested);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/projects/:path*"] };
