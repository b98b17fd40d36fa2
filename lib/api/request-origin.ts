import { readConfig } from "@/lib/config";

/**
 * The address a client reached Scorelens at, for the absolute links vendor APIs answer with
 * (DRF's `next`/`previous`). The server's own idea of its URL is an internal one (`next start`
 * answers with localhost whatever the Host header says), so: SCORELENS_PUBLIC_URL when set; else
 * the host the client (or the proxy in front, by X-Forwarded-Host/-Proto) addressed; a malformed
 * host falls back to the request URL, which still works as a link.
 */
const HOST = /^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

const firstOf = (value: string | null) => value?.split(",")[0]?.trim() || undefined;

/** `scheme://host[:port]`, or the public URL (which may carry a path prefix) without a trailing slash. */
export function requestOrigin(
  request: Request,
  publicUrl: string | undefined = readConfig().SCORELENS_PUBLIC_URL,
): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, "");
  const url = new URL(request.url);
  const host = firstOf(request.headers.get("x-forwarded-host")) ?? firstOf(request.headers.get("host"));
  const proto = firstOf(request.headers.get("x-forwarded-proto"))?.toLowerCase();
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.slice(0, -1);
  return host && HOST.test(host) ? `${scheme}://${host}` : url.origin;
}

/** The request's own URL (path and query as the client spelled them) at the address the client used. */
export function clientUrlOf(
  request: Request,
  publicUrl: string | undefined = readConfig().SCORELENS_PUBLIC_URL,
): URL {
  const url = new URL(request.url);
  return new URL(`${requestOrigin(request, publicUrl)}${url.pathname}${url.search}`);
}
