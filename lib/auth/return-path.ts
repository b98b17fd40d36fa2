/**
 * Where to go after signing in. Only a path on this site is accepted: `//evil.example`,
 * `/\evil.example` and absolute URLs would send a freshly signed-in person elsewhere, and the
 * auth pages themselves would loop.
 */
const AUTH_PAGES = ["/login", "/setup", "/change-password"];

export function safeReturnPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.length > 2000) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  const parsed = new URL(next, "http://scorelens.invalid");
  if (parsed.origin !== "http://scorelens.invalid") return fallback;
  if (AUTH_PAGES.some((page) => parsed.pathname === page || parsed.pathname.startsWith(`${page}/`))) {
    return fallback;
  }
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** `/login?next=…` for a page, or plain `/login` when the page is the home page. */
export function loginPathFor(next: string | null | undefined, page = "/login"): string {
  const target = safeReturnPath(next, "/");
  return target === "/" ? page : `${page}?next=${encodeURIComponent(target)}`;
}
