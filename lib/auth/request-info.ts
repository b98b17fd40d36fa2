/**
 * What a request says about where it came from. Route handlers cannot see the socket, so the
 * address comes from X-Forwarded-For: Next.js fills it with the socket address when absent, and a
 * reverse proxy appends the address it saw, so the last entry is the one a client cannot choose
 * when a proxy is in front.
 */
export function readClientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

/** HTTPS as the browser sees it: directly, or reported by the proxy that terminated TLS. */
export function isHttpsRequest(headers: Headers, url?: string, publicUrl?: string): boolean {
  if (publicUrl?.startsWith("https://")) return true;
  if (url?.startsWith("https://")) return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/**
 * A browser's own word (Fetch Metadata) that a request comes from another site or a sibling
 * subdomain. SameSite=Lax keeps the session cookie off cross-site POSTs already; this also covers
 * same-site siblings. Clients that send no such header (API tools, older browsers) are not judged.
 */
export function isForeignSiteRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}
