import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie, REQUEST_PATH_HEADER } from "@/lib/auth/cookie-names";
import { loginPathFor } from "@/lib/auth/return-path";
import { faceOf, answerInFace } from "@/lib/dialects/faces";
import { badRequest } from "@/lib/errors";

/**
 * In front of every dashboard page. Without a session cookie: straight to /login with the page
 * to come back to. With one: the page's layout verifies the session (this only looks at the
 * cookie), and gets the requested path in a header so it can send an expired session back here too.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (faceOf(pathname)) return checkApiPath(request, pathname);
  const requested = `${pathname}${search}`;
  if (!hasSessionCookie(request.headers)) {
    return NextResponse.redirect(new URL(loginPathFor(requested), request.url));
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, requested);
  return NextResponse.next({ request: { headers } });
}

/**
 * API paths reach here only when they hold a `%` (see the matcher). A percent-encoding that does
 * not decode to UTF-8 (`%ED%A0%80`) made Next.js answer a plain-text 500 before any handler ran;
 * it is the client's mistake, so it is a 400 in the face's shape naming the path.
 */
function checkApiPath(request: NextRequest, pathname: string) {
  const bad = pathname.split("/").find((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
  if (bad === undefined) return NextResponse.next();
  return answerInFace(
    request,
    badRequest(`The path segment "${bad}" is not valid percent-encoded UTF-8`, [
      { path: "(path)", message: `"${bad}" is not valid percent-encoded UTF-8` },
    ]),
  );
}

export const config = {
  matcher: ["/projects/:path*", "/(api|model-hub)/:path*((?:.*)%(?:.*))"],
};
